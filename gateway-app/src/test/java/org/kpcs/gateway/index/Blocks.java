package org.kpcs.gateway.index;

import com.google.protobuf.ByteString;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockData;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockMetadata;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.ledger.rwset.CollectionPvtReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.NsPvtReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxPvtReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.peer.BlockAndPrivateData;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;

/** Blocks shaped as a peer delivers them, with the writes a kpcs transaction makes. */
final class Blocks {
    private final long number;
    private final List<ByteString> envelopes = new ArrayList<>();
    private final ByteString.Output flags = ByteString.newOutput();
    private final BlockAndPrivateData.Builder result = BlockAndPrivateData.newBuilder();

    private Blocks(final long number) {
        this.number = number;
    }

    static Blocks number(final long number) {
        return new Blocks(number);
    }

    /** A transaction writing records under composite keys ({@code type}, number) in the chaincode's namespace. */
    Blocks tx(final String txId, final int validationCode, final Write... writes) {
        final KVRWSet.Builder set = KVRWSet.newBuilder();
        final KVRWSet.Builder own = KVRWSet.newBuilder();
        for (Write w : writes) {
            final KVWrite kv = KVWrite.newBuilder()
                    .setKey(w.key())
                    .setValue(w.value().toByteString())
                    .build();
            (w.key().startsWith("\u0000") ? set : own).addWrites(kv);
        }
        final ChaincodeAction action = ChaincodeAction.newBuilder()
                .setResults(TxReadWriteSet.newBuilder()
                        .addNsRwset(NsReadWriteSet.newBuilder()
                                .setNamespace("kpcs")
                                .setRwset(set.build().toByteString()))
                        .addNsRwset(NsReadWriteSet.newBuilder().setNamespace("_lifecycle"))
                        .build()
                        .toByteString())
                .build();
        final Transaction transaction = Transaction.newBuilder()
                .addActions(TransactionAction.newBuilder()
                        .setPayload(ChaincodeActionPayload.newBuilder()
                                .setAction(ChaincodeEndorsedAction.newBuilder()
                                        .setProposalResponsePayload(ProposalResponsePayload.newBuilder()
                                                .setExtension(action.toByteString())
                                                .build()
                                                .toByteString()))
                                .build()
                                .toByteString()))
                .build();
        final ChannelHeader header = ChannelHeader.newBuilder()
                .setType(HeaderType.ENDORSER_TRANSACTION_VALUE)
                .setTxId(txId)
                .setTimestamp(Timestamp.newBuilder().setSeconds(1_780_000_000L))
                .build();
        final Payload payload = Payload.newBuilder()
                .setHeader(Header.newBuilder().setChannelHeader(header.toByteString()))
                .setData(transaction.toByteString())
                .build();
        if (own.getWritesCount() > 0) {
            result.putPrivateDataMap(
                    envelopes.size(),
                    TxPvtReadWriteSet.newBuilder()
                            .addNsPvtRwset(NsPvtReadWriteSet.newBuilder()
                                    .setNamespace("kpcs")
                                    .addCollectionPvtRwset(CollectionPvtReadWriteSet.newBuilder()
                                            .setCollectionName("_implicit_org_BWMSP")
                                            .setRwset(own.build().toByteString())))
                            .build());
        }
        envelopes.add(
                Envelope.newBuilder().setPayload(payload.toByteString()).build().toByteString());
        flags.write(validationCode);
        return this;
    }

    BlockAndPrivateData build() {
        return result.setBlock(Block.newBuilder()
                        .setHeader(BlockHeader.newBuilder().setNumber(number))
                        .setData(BlockData.newBuilder().addAllData(envelopes))
                        .setMetadata(BlockMetadata.newBuilder()
                                .addMetadata(ByteString.EMPTY)
                                .addMetadata(ByteString.EMPTY)
                                .addMetadata(flags.toByteString())))
                .build();
    }

    /** A write: a public record under {@code \0type\0number\0}, or a private one under the bare number. */
    record Write(String key, Message value) {
        static Write record(final String type, final String number, final Message value) {
            return new Write("\u0000" + type + "\u0000" + number + "\u0000", value);
        }

        static Write privately(final String number, final Message value) {
            return new Write(number, value);
        }
    }
}
