package org.kpcs.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.junit.jupiter.api.Test;

class BaselineContractTest {
    private final ChaincodeStub stub = mock(ChaincodeStub.class);
    private final Context ctx = mock(Context.class);
    private final BaselineContract contract = new BaselineContract();

    BaselineContractTest() {
        when(ctx.getStub()).thenReturn(stub);
    }

    @Test
    void put_writes_the_value_under_the_key_without_reading() {
        contract.Put(ctx, "bench-1", "payload");

        verify(stub).putState("bench-1", "payload".getBytes(StandardCharsets.UTF_8));
        verify(stub, never()).getState(anyString());
    }

    @Test
    void put_refuses_an_empty_key_and_writes_nothing() {
        assertThatThrownBy(() -> contract.Put(ctx, "", "payload"))
                .isInstanceOf(ChaincodeException.class)
                .hasMessageStartingWith("INVALID_ARGUMENT");
        verify(stub, never()).putState(anyString(), any());
    }

    @Test
    void get_returns_what_was_written_or_nothing() {
        when(stub.getState("bench-1")).thenReturn("payload".getBytes(StandardCharsets.UTF_8));

        assertThat(contract.Get(ctx, "bench-1")).isEqualTo("payload");
        assertThat(contract.Get(ctx, "bench-2")).isEmpty();
    }

    @Test
    void increment_reads_the_counter_and_writes_it_plus_one() {
        when(stub.getState("hot")).thenReturn("41".getBytes(StandardCharsets.UTF_8));

        assertThat(contract.Increment(ctx, "hot")).isEqualTo(42);
        verify(stub).getState("hot");
        verify(stub).putState("hot", "42".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void increment_starts_a_new_counter_at_one() {
        assertThat(contract.Increment(ctx, "new")).isEqualTo(1);
        verify(stub).putState("new", "1".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void increment_refuses_a_key_that_holds_no_counter_and_writes_nothing() {
        when(stub.getState("bench-1")).thenReturn("payload".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> contract.Increment(ctx, "bench-1"))
                .isInstanceOf(ChaincodeException.class)
                .hasMessageStartingWith("INVALID_STATE");
        verify(stub, never()).putState(anyString(), any());
    }

    @Test
    void increment_refuses_an_empty_key_and_writes_nothing() {
        assertThatThrownBy(() -> contract.Increment(ctx, ""))
                .isInstanceOf(ChaincodeException.class)
                .hasMessageStartingWith("INVALID_ARGUMENT");
        verify(stub, never()).putState(anyString(), any());
    }
}
