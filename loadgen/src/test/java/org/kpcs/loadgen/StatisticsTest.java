package org.kpcs.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.hyperledger.fabric.protos.peer.FilteredBlock;
import org.hyperledger.fabric.protos.peer.FilteredTransaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.Test;

class StatisticsTest {
    @Test
    void percentiles_are_nearest_rank_over_the_recorded_latencies() {
        final Latencies latencies = new Latencies();
        for (int ms = 100; ms >= 1; ms--) {
            latencies.record(ms * 1_000_000L);
        }

        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
        assertThat(latencies.percentileMillis(95)).isEqualTo(95.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
        assertThat(latencies.meanMillis()).isEqualTo(50.5);
    }

    @Test
    void a_single_sample_is_every_percentile_and_no_sample_is_zero() {
        final Latencies latencies = new Latencies();
        assertThat(latencies.percentileMillis(99)).isZero();

        latencies.record(7_000_000L);

        assertThat(latencies.percentileMillis(1)).isEqualTo(7.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(7.0);
    }

    @Test
    void nonsense_percentiles_and_negative_latencies_are_refused() {
        final Latencies latencies = new Latencies();
        assertThatThrownBy(() -> latencies.percentileMillis(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> latencies.percentileMillis(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> latencies.record(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void read_conflicts_are_counted_apart_from_other_failures() {
        final Failures failures = new Failures();
        failures.record("MVCC_READ_CONFLICT");
        failures.record("MVCC_READ_CONFLICT");
        failures.record("PHANTOM_READ_CONFLICT");
        failures.record("DUPLICATE_CERTIFICATE", "DUPLICATE_CERTIFICATE: BW-1 exists");
        failures.record("DUPLICATE_CERTIFICATE", "a later message");

        assertThat(failures.total()).isEqualTo(5);
        assertThat(failures.readConflicts()).isEqualTo(3);
        assertThat(failures.byCode())
                .containsExactly(
                        Map.entry("DUPLICATE_CERTIFICATE", 2L),
                        Map.entry("MVCC_READ_CONFLICT", 2L),
                        Map.entry("PHANTOM_READ_CONFLICT", 1L));
        assertThat(failures.examples())
                .containsExactly(Map.entry("DUPLICATE_CERTIFICATE", "DUPLICATE_CERTIFICATE: BW-1 exists"));
    }

    @Test
    void steps_retried_after_a_lagging_peer_are_counted_but_are_not_failures() {
        final Failures failures = new Failures();
        failures.record(PeerLag.RETRIED + "INVALID_STATE", "INVALID_STATE: Certificate BW-1 is ISSUED");
        failures.record("INVALID_STATE");

        assertThat(failures.total()).isEqualTo(1);
        assertThat(failures.byCode()).containsEntry("RETRIED_INVALID_STATE", 1L);
    }

    @Test
    void a_lagging_peer_explains_a_missing_record_or_an_earlier_state_but_not_a_broken_rule() {
        assertThat(PeerLag.explains(org.kpcs.protos.ErrorCode.CERTIFICATE_NOT_FOUND))
                .isTrue();
        assertThat(PeerLag.explains(org.kpcs.protos.ErrorCode.SOURCE_NOT_FOUND)).isTrue();
        assertThat(PeerLag.explains(org.kpcs.protos.ErrorCode.DUPLICATE_CERTIFICATE))
                .isFalse();
        assertThat(PeerLag.explains(org.kpcs.protos.ErrorCode.MVCC_READ_CONFLICT))
                .isFalse();
    }

    @Test
    void the_ledger_tally_finds_lost_and_duplicated_transactions_and_ignores_invalid_and_foreign_ones() {
        final LedgerTally tally = new LedgerTally(Set.of("a", "b", "c", "d"));
        tally.add(block(1, tx("a", TxValidationCode.VALID), tx("b", TxValidationCode.MVCC_READ_CONFLICT)));
        tally.add(block(2, tx("c", TxValidationCode.VALID), tx("other", TxValidationCode.VALID)));
        tally.add(block(3, tx("c", TxValidationCode.VALID), tx("d", TxValidationCode.VALID)));

        assertThat(tally.acknowledged()).isEqualTo(4);
        assertThat(tally.lost()).as("b was never valid").isEqualTo(1);
        assertThat(tally.duplicated()).as("c was valid twice").isEqualTo(1);
    }

    @Test
    void every_acknowledged_transaction_found_once_is_neither_lost_nor_duplicated() {
        final LedgerTally tally = new LedgerTally(Set.of("a", "b"));
        tally.add(block(7, tx("a", TxValidationCode.VALID), tx("b", TxValidationCode.VALID)));

        assertThat(tally.lost()).isZero();
        assertThat(tally.duplicated()).isZero();
    }

    private static FilteredTransaction tx(final String id, final TxValidationCode code) {
        return FilteredTransaction.newBuilder()
                .setTxid(id)
                .setTxValidationCode(code)
                .build();
    }

    private static FilteredBlock block(final long number, final FilteredTransaction... txs) {
        final FilteredBlock.Builder block = FilteredBlock.newBuilder().setNumber(number);
        for (final FilteredTransaction tx : txs) {
            block.addFilteredTransactions(tx);
        }
        return block.build();
    }
}
