package org.kpcs.gateway.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpcs.gateway.client.IndexException;
import org.kpcs.gateway.index.Blocks.Write;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ImportConfirmation;
import org.kpcs.protos.ImportReceipt;

/** The index's rules on SQLite; {@code IndexDatabasePostgresE2E} runs the same tests on a PostgreSQL server. */
class IndexDatabaseTest {
    static final LedgerIndex.Owner BW = new LedgerIndex.Owner("BWMSP", "kimberley", "kpcs");
    private static final LocalDate FROM = LocalDate.parse("2026-04-01");
    private static final LocalDate TO = LocalDate.parse("2026-06-30");
    private static final int VALID = TxValidationCode.VALID_VALUE;

    @TempDir
    Path folder;

    private String url;
    private IndexDatabase index;
    private final BlockDecoder decoder = new BlockDecoder("kpcs", "BWMSP");

    @BeforeEach
    void open() throws Exception {
        url = newIndexUrl(folder);
        index = (IndexDatabase) LedgerIndex.open(url, login(), BW);
    }

    /** Where a new, empty index is: a SQLite file here, a new database on a server in a subclass. */
    String newIndexUrl(final Path in) throws Exception {
        return LedgerIndex.sqliteUrl(in.resolve("orgs/BW/index/ledger-index.db"));
    }

    LedgerIndex.Login login() {
        return LedgerIndex.Login.NONE;
    }

    /** A connection of another process to the same index (the test's own, with the full login). */
    Connection another() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** SQL that makes every insert into receipt fail, as a full disk would. */
    String failEveryReceipt() {
        return "CREATE TRIGGER disk_full BEFORE INSERT ON receipt BEGIN SELECT RAISE(ABORT, 'disk full'); END";
    }

    String dropTheFailure() {
        return "DROP TRIGGER disk_full";
    }

    @AfterEach
    void close() {
        index.close();
    }

    static Certificate certificate(final String number, final long milli) {
        return Certificate.newBuilder()
                .setNumber(number)
                .setExportingParticipant("BW")
                .setImportingParticipant("AE")
                .setOrigin("MIXED")
                .addMixedOrigins("BW")
                .addMixedOrigins("CD")
                .setHsCode("7102.10")
                .setCaratWeightMilli(milli)
                .setNumberOfParcels(2)
                .setDateOfIssue("2026-05-10")
                .setDateOfExpiry("2026-08-10")
                .build();
    }

    static ImportReceipt confirmed(final String number, final long milli) {
        return ImportReceipt.newBuilder()
                .setCertificateNumber(number)
                .setConfirmed(true)
                .setConfirmation(ImportConfirmation.newBuilder()
                        .setCaratWeightMilli(milli)
                        .setDateOfReceipt("2026-05-20"))
                .build();
    }

    @Test
    void indexes_the_valid_transactions_of_a_block_with_the_own_value_and_moves_the_checkpoint_past_it() {
        index.apply(decoder.decode(Blocks.number(5)
                .tx(
                        "tx1",
                        VALID,
                        Write.record("certificate", "BW-1", certificate("BW-1", 150_000)),
                        Write.privately(
                                "BW-1",
                                CommercialDetails.newBuilder()
                                        .setValueUsdCents(9_000_000)
                                        .build()))
                .tx(
                        "tx2",
                        TxValidationCode.MVCC_READ_CONFLICT_VALUE,
                        Write.record("certificate", "BW-2", certificate("BW-2", 1)))
                .build()));

        final List<Shipment> shipments = index.shipments("BW", FROM, TO);
        assertThat(shipments).extracting(Shipment::number).containsExactly("BW-1");
        assertThat(shipments.get(0).caratsMilli()).isEqualTo(150_000);
        assertThat(shipments.get(0).mixedOrigins()).containsExactly("BW", "CD");
        assertThat(shipments.get(0).valueUsdCents()).hasValue(9_000_000);
        assertThat(index.nextBlock()).isEqualTo(6);
    }

    @Test
    void a_later_write_replaces_the_record_and_a_confirmed_receipt_makes_an_import() {
        index.apply(decoder.decode(Blocks.number(1)
                .tx("tx1", VALID, Write.record("certificate", "BW-1", certificate("BW-1", 150_000)))
                .build()));
        index.apply(decoder.decode(Blocks.number(2)
                .tx("tx2", VALID, Write.record("certificate", "BW-1", certificate("BW-1", 120_000)))
                .tx("tx3", VALID, Write.record("receipt", "BW-1", confirmed("BW-1", 120_000)))
                .build()));

        final Shipment imported = index.shipments("AE", FROM, TO).get(0);
        assertThat(imported.caratsMilli()).isEqualTo(120_000);
        assertThat(imported.receipt()).isEqualTo(new Shipment.Receipt(true, false, "2026-05-20", 120_000));
        assertThat(imported.valueUsdCents()).isEmpty();
        assertThat(index.shipments("AE", FROM.plusYears(1), TO.plusYears(1))).isEmpty();
    }

    @Test
    void a_failure_in_the_middle_of_a_block_leaves_neither_its_rows_nor_its_checkpoint() throws SQLException {
        index.apply(decoder.decode(Blocks.number(0).build()));
        try (Connection other = another();
                Statement sql = other.createStatement()) {
            sql.execute(failEveryReceipt());
        }
        final BlockChanges block = decoder.decode(Blocks.number(1)
                .tx("tx1", VALID, Write.record("certificate", "BW-1", certificate("BW-1", 150_000)))
                .tx("tx2", VALID, Write.record("receipt", "BW-1", confirmed("BW-1", 150_000)))
                .build());

        assertThatThrownBy(() -> index.apply(block))
                .isInstanceOf(IndexException.class)
                .hasMessageContaining("index block 1");
        assertThat(index.shipments("BW", FROM, TO)).isEmpty();
        assertThat(index.nextBlock()).isEqualTo(1);

        try (Connection other = another();
                Statement sql = other.createStatement()) {
            sql.execute(dropTheFailure());
        }
        index.apply(block);
        assertThat(index.shipments("BW", FROM, TO)).hasSize(1);
        assertThat(index.nextBlock()).isEqualTo(2);
    }

    @Test
    void the_checkpoint_survives_reopening_and_another_organisations_index_is_refused() {
        index.apply(decoder.decode(Blocks.number(0).build()));
        index.apply(decoder.decode(Blocks.number(1).build()));
        index.close();

        index = (IndexDatabase) LedgerIndex.open(url, login(), BW);
        assertThat(index.nextBlock()).isEqualTo(2);
        assertThat(index.checkpointer().getTransactionId()).isEmpty();
        assertThatThrownBy(() -> LedgerIndex.open(url, login(), new LedgerIndex.Owner("AEMSP", "kimberley", "kpcs")))
                .isInstanceOf(IndexException.class)
                .hasMessageContaining("give each organisation its own index");
    }
}
