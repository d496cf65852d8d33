package org.kpcs.gateway.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ImportReceipt;

/**
 * The index's rows: one per Certificate, one per import receipt, one per value in the organisation's own
 * collection, each the latest state a valid transaction wrote (an upsert, so writing a block twice changes
 * nothing). Plain SQL that SQLite and PostgreSQL both accept.
 */
final class IndexRows {
    private static final String UPSERT_CERTIFICATE = "INSERT INTO certificate (number, exporter, importer, origin,"
            + " mixed_origins, hs_code, carat_weight_milli, parcels, date_of_issue, date_of_expiry, voided,"
            + " block_number, tx_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (number) DO UPDATE"
            + " SET exporter = excluded.exporter, importer = excluded.importer, origin = excluded.origin,"
            + " mixed_origins = excluded.mixed_origins, hs_code = excluded.hs_code,"
            + " carat_weight_milli = excluded.carat_weight_milli, parcels = excluded.parcels,"
            + " date_of_issue = excluded.date_of_issue, date_of_expiry = excluded.date_of_expiry,"
            + " voided = excluded.voided, block_number = excluded.block_number, tx_id = excluded.tx_id";
    private static final String UPSERT_RECEIPT = "INSERT INTO receipt (number, arrived, confirmed, disputed,"
            + " date_of_receipt, confirmed_carats_milli, confirmed_parcels, block_number, tx_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (number) DO UPDATE SET arrived = excluded.arrived,"
            + " confirmed = excluded.confirmed, disputed = excluded.disputed,"
            + " date_of_receipt = excluded.date_of_receipt,"
            + " confirmed_carats_milli = excluded.confirmed_carats_milli,"
            + " confirmed_parcels = excluded.confirmed_parcels, block_number = excluded.block_number,"
            + " tx_id = excluded.tx_id";
    private static final String UPSERT_VALUE = "INSERT INTO commercial_value (number, value_usd_cents,"
            + " block_number, tx_id) VALUES (?, ?, ?, ?) ON CONFLICT (number) DO UPDATE"
            + " SET value_usd_cents = excluded.value_usd_cents, block_number = excluded.block_number,"
            + " tx_id = excluded.tx_id";
    private static final String SHIPMENTS = "SELECT c.number, c.exporter, c.importer, c.origin, c.mixed_origins,"
            + " c.hs_code, c.carat_weight_milli, c.date_of_issue, c.date_of_expiry, c.voided, r.confirmed,"
            + " r.disputed, r.date_of_receipt, r.confirmed_carats_milli, v.value_usd_cents FROM certificate c"
            + " LEFT JOIN receipt r ON r.number = c.number LEFT JOIN commercial_value v ON v.number = c.number"
            + " WHERE (c.exporter = ? AND c.date_of_issue BETWEEN ? AND ?)"
            + " OR (c.importer = ? AND r.date_of_receipt BETWEEN ? AND ?) ORDER BY c.number";

    private IndexRows() {}

    static void write(final Connection connection, final BlockChanges changes) throws SQLException {
        final long block = changes.blockNumber();
        for (BlockChanges.Written<Certificate> w : changes.certificates()) {
            if (w.record() == null) {
                delete(connection, "certificate", w.number());
                continue;
            }
            final Certificate c = w.record();
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT_CERTIFICATE)) {
                bind(
                        upsert,
                        w.number(),
                        c.getExportingParticipant(),
                        c.getImportingParticipant(),
                        c.getOrigin(),
                        String.join(",", c.getMixedOriginsList()),
                        c.getHsCode(),
                        c.getCaratWeightMilli(),
                        c.getNumberOfParcels(),
                        c.getDateOfIssue(),
                        c.getDateOfExpiry(),
                        c.getVoided() ? 1 : 0,
                        block,
                        w.txId());
                upsert.executeUpdate();
            }
        }
        for (BlockChanges.Written<ImportReceipt> w : changes.receipts()) {
            if (w.record() == null) {
                delete(connection, "receipt", w.number());
                continue;
            }
            final ImportReceipt r = w.record();
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT_RECEIPT)) {
                bind(
                        upsert,
                        w.number(),
                        r.getArrived() ? 1 : 0,
                        r.getConfirmed() ? 1 : 0,
                        r.getDisputed() ? 1 : 0,
                        r.getConfirmation().getDateOfReceipt(),
                        r.getConfirmation().getCaratWeightMilli(),
                        r.getConfirmation().getNumberOfParcels(),
                        block,
                        w.txId());
                upsert.executeUpdate();
            }
        }
        for (BlockChanges.Written<CommercialDetails> w : changes.details()) {
            if (w.record() == null) {
                delete(connection, "commercial_value", w.number());
                continue;
            }
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT_VALUE)) {
                bind(upsert, w.number(), w.record().getValueUsdCents(), block, w.txId());
                upsert.executeUpdate();
            }
        }
    }

    static List<Shipment> shipments(
            final Connection connection, final String participant, final LocalDate from, final LocalDate to)
            throws SQLException {
        final List<Shipment> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SHIPMENTS)) {
            bind(select, participant, from.toString(), to.toString(), participant, from.toString(), to.toString());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    found.add(shipment(row));
                }
            }
        }
        return found;
    }

    private static Shipment shipment(final ResultSet row) throws SQLException {
        final String mixed = row.getString(5);
        final String receiptDate = row.getString(13);
        final Shipment.Receipt receipt = receiptDate == null
                ? Shipment.Receipt.NONE
                : new Shipment.Receipt(row.getInt(11) == 1, row.getInt(12) == 1, receiptDate, row.getLong(14));
        final long cents = row.getLong(15);
        final OptionalLong value = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(cents);
        return new Shipment(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                mixed.isEmpty() ? List.of() : Arrays.asList(mixed.split(",")),
                row.getString(6),
                row.getLong(7),
                row.getString(8),
                row.getString(9),
                row.getInt(10) == 1,
                receipt,
                value);
    }

    private static void delete(final Connection connection, final String table, final String number)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE number = ?")) {
            delete.setString(1, number);
            delete.executeUpdate();
        }
    }

    private static void bind(final PreparedStatement statement, final Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
