package org.kpcs.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PacerTest {
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    @Test
    void a_fixed_rate_spaces_the_slots_by_its_period_from_the_first_at_once() {
        final Pacer pacer = Pacer.fixedRate(100, clock::get);

        assertThat(pacer.claim()).isEqualTo(1_000_000_000L);
        assertThat(pacer.claim()).isEqualTo(1_010_000_000L);
        assertThat(pacer.claim()).isEqualTo(1_020_000_000L);
    }

    @Test
    void a_fixed_rate_does_not_drift_when_the_clock_moves_between_claims() {
        final Pacer pacer = Pacer.fixedRate(4, clock::get);
        pacer.claim();
        clock.addAndGet(TimeUnit.SECONDS.toNanos(10)); // the caller was slow: slots stay on the schedule

        assertThat(pacer.claim()).isEqualTo(1_250_000_000L);
    }

    @Test
    void clients_sharing_a_fixed_rate_get_distinct_slots_that_together_make_the_rate() throws Exception {
        final Pacer pacer = Pacer.fixedRate(1000, clock::get);
        final Set<Long> slots = ConcurrentHashMap.newKeySet();
        final ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 8000; i++) {
            clients.execute(() -> slots.add(pacer.claim()));
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(slots).hasSize(8000);
        assertThat(slots.stream().mapToLong(Long::longValue).max().orElseThrow() - 1_000_000_000L)
                .as("8000 slots at 1000/s span 8 s less one period")
                .isEqualTo(7_999_000_000L);
    }

    @Test
    void the_maximum_rate_lets_every_transaction_start_now() {
        final Pacer pacer = Pacer.maximumRate(clock::get);
        clock.set(42);

        assertThat(pacer.claim()).isEqualTo(42);
        assertThat(pacer.claim()).isEqualTo(42);
    }

    @Test
    void a_rate_that_is_not_positive_is_refused() {
        assertThatThrownBy(() -> Pacer.fixedRate(0, clock::get)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pacer.fixedRate(Double.NaN, clock::get)).isInstanceOf(IllegalArgumentException.class);
    }
}
