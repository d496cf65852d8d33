package org.kpcs.gateway.index;

import java.util.Objects;
import java.util.function.Consumer;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.GatewayRuntimeException;
import org.hyperledger.fabric.protos.peer.BlockAndPrivateData;
import org.kpcs.gateway.client.KpGateway;

/** Block and private data events, checkpointed in the index's own database. */
final class BlockFollower implements IndexService {
    private static final long RECONNECT_MILLIS = 2000;

    private final KpGateway gateway;
    private final IndexDatabase index;
    private final BlockDecoder decoder;
    private final Consumer<String> log;

    BlockFollower(final KpGateway gateway, final LedgerIndex index, final Consumer<String> log) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        if (!(Objects.requireNonNull(index, "index") instanceof IndexDatabase)) {
            throw new IllegalArgumentException("kpcs serve writes only an index opened with LedgerIndex.open");
        }
        this.index = (IndexDatabase) index;
        this.decoder = new BlockDecoder(gateway.chaincode(), gateway.mspId());
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public long follow(final long lastBlock) {
        log.accept("indexing the ledger for " + gateway.mspId() + " from block " + index.nextBlock()
                + (lastBlock < 0 ? "" : " to block " + lastBlock));
        while (lastBlock < 0 || index.nextBlock() <= lastBlock) {
            try (CloseableIterator<BlockAndPrivateData> blocks = gateway.network()
                    .newBlockAndPrivateDataEventsRequest()
                    .checkpoint(index.checkpointer())
                    .build()
                    .getEvents()) {
                while (blocks.hasNext()) {
                    final BlockChanges changes = decoder.decode(blocks.next());
                    index.apply(changes);
                    report(changes);
                    if (lastBlock >= 0 && changes.blockNumber() >= lastBlock) {
                        return index.nextBlock();
                    }
                }
            } catch (GatewayRuntimeException e) {
                log.accept("the peer ended the block stream (" + e.getStatus().getCode() + ": "
                        + e.getStatus().getDescription() + "); resuming from block " + index.nextBlock()
                        + " in " + RECONNECT_MILLIS / 1000 + " s");
                pause();
            }
        }
        return index.nextBlock();
    }

    private void report(final BlockChanges changes) {
        if (changes.size() == 0) {
            return;
        }
        final long lag = changes.createdMillis() == 0 ? 0 : System.currentTimeMillis() - changes.createdMillis();
        log.accept(
                "block " + changes.blockNumber() + ": " + changes.certificates().size() + " certificate(s), "
                        + changes.receipts().size() + " receipt(s), "
                        + changes.details().size()
                        + " value(s) indexed, " + lag + " ms after its first transaction was proposed");
    }

    private static void pause() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to reconnect", e);
        }
    }
}
