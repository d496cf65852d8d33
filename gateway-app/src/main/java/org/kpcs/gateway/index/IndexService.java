package org.kpcs.gateway.index;

import java.util.function.Consumer;
import org.kpcs.gateway.client.KpGateway;

/**
 * {@code kpcs serve}: follows the blocks the organisation's peer commits, with their private data the
 * organisation may read, and keeps its {@link LedgerIndex}. It resumes from the index's checkpoint, so a service
 * killed at any moment neither loses nor repeats a block.
 */
@SuppressWarnings("PMD.ImplicitFunctionalInterface") // a service, not a lambda target
public interface IndexService {
    static IndexService of(final KpGateway gateway, final LedgerIndex index, final Consumer<String> log) {
        return new BlockFollower(gateway, index, log);
    }

    /**
     * Indexes blocks until block {@code lastBlock} is in the index (forever when negative), reconnecting after
     * the peer ends the stream; returns the next block to read.
     */
    long follow(long lastBlock);
}
