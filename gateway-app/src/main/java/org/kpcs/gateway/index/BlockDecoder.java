package org.kpcs.gateway.index;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
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
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.kpcs.gateway.client.IndexException;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ImportReceipt;

/**
 * Reads a block as the peer committed it: the writes of its valid transactions to the chaincode's
 * {@code certificate} and {@code receipt} keys, and to the organisation's own implicit collection. Invalid
 * transactions (the validation flags in the block's metadata) changed nothing and are skipped.
 */
final class BlockDecoder {
    private static final String CERTIFICATE_KEY = "\u0000certificate\u0000";
    private static final String RECEIPT_KEY = "\u0000receipt\u0000";

    private final String chaincode;
    private final String ownCollection;

    BlockDecoder(final String chaincode, final String mspId) {
        this.chaincode = Objects.requireNonNull(chaincode, "chaincode");
        this.ownCollection = "_implicit_org_" + Objects.requireNonNull(mspId, "mspId");
    }

    BlockChanges decode(final BlockAndPrivateData blockAndPrivateData) {
        final Block block = blockAndPrivateData.getBlock();
        final Map<Long, TxPvtReadWriteSet> privateData = blockAndPrivateData.getPrivateDataMapMap();
        final int filter = BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE;
        final ByteString flags = block.getMetadata().getMetadataCount() > filter
                ? block.getMetadata().getMetadata(filter)
                : ByteString.EMPTY;
        final List<BlockChanges.Written<Certificate>> certificates = new ArrayList<>();
        final List<BlockChanges.Written<ImportReceipt>> receipts = new ArrayList<>();
        final List<BlockChanges.Written<CommercialDetails>> details = new ArrayList<>();
        long createdMillis = 0;
        try {
            for (int i = 0; i < block.getData().getDataCount(); i++) {
                if (i < flags.size() && flags.byteAt(i) != TxValidationCode.VALID_VALUE) {
                    continue;
                }
                final Payload payload = Payload.parseFrom(
                        Envelope.parseFrom(block.getData().getData(i)).getPayload());
                final ChannelHeader header =
                        ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
                if (header.getType() != HeaderType.ENDORSER_TRANSACTION_VALUE) {
                    continue;
                }
                final String txId = header.getTxId();
                if (createdMillis == 0) {
                    createdMillis = header.getTimestamp().getSeconds() * 1000
                            + header.getTimestamp().getNanos() / 1_000_000;
                }
                for (KVWrite write : publicWrites(Transaction.parseFrom(payload.getData()))) {
                    final String key = write.getKey();
                    if (key.startsWith(CERTIFICATE_KEY)) {
                        certificates.add(new BlockChanges.Written<>(
                                number(key, CERTIFICATE_KEY),
                                write.getIsDelete() ? null : Certificate.parseFrom(write.getValue()),
                                txId));
                    } else if (key.startsWith(RECEIPT_KEY)) {
                        receipts.add(new BlockChanges.Written<>(
                                number(key, RECEIPT_KEY),
                                write.getIsDelete() ? null : ImportReceipt.parseFrom(write.getValue()),
                                txId));
                    }
                }
                for (KVWrite write : ownPrivateWrites(privateData.get((long) i))) {
                    details.add(new BlockChanges.Written<>(
                            write.getKey(),
                            write.getIsDelete() ? null : CommercialDetails.parseFrom(write.getValue()),
                            txId));
                }
            }
        } catch (InvalidProtocolBufferException e) {
            throw new IndexException(
                    "block " + block.getHeader().getNumber() + " holds a record this kpcs cannot read: is the"
                            + " chaincode newer than the client?",
                    e);
        }
        return new BlockChanges(block.getHeader().getNumber(), createdMillis, certificates, receipts, details);
    }

    private List<KVWrite> publicWrites(final Transaction transaction) throws InvalidProtocolBufferException {
        final List<KVWrite> writes = new ArrayList<>();
        for (TransactionAction action : transaction.getActionsList()) {
            final ChaincodeActionPayload actionPayload = ChaincodeActionPayload.parseFrom(action.getPayload());
            final ProposalResponsePayload response =
                    ProposalResponsePayload.parseFrom(actionPayload.getAction().getProposalResponsePayload());
            final ChaincodeAction chaincodeAction = ChaincodeAction.parseFrom(response.getExtension());
            for (NsReadWriteSet ns :
                    TxReadWriteSet.parseFrom(chaincodeAction.getResults()).getNsRwsetList()) {
                if (chaincode.equals(ns.getNamespace())) {
                    writes.addAll(KVRWSet.parseFrom(ns.getRwset()).getWritesList());
                }
            }
        }
        return writes;
    }

    private List<KVWrite> ownPrivateWrites(final TxPvtReadWriteSet set) throws InvalidProtocolBufferException {
        final List<KVWrite> writes = new ArrayList<>();
        if (set == null) {
            return writes;
        }
        for (NsPvtReadWriteSet ns : set.getNsPvtRwsetList()) {
            if (!chaincode.equals(ns.getNamespace())) {
                continue;
            }
            for (CollectionPvtReadWriteSet collection : ns.getCollectionPvtRwsetList()) {
                if (ownCollection.equals(collection.getCollectionName())) {
                    writes.addAll(KVRWSet.parseFrom(collection.getRwset()).getWritesList());
                }
            }
        }
        return writes;
    }

    private static String number(final String key, final String prefix) {
        return key.substring(prefix.length(), key.length() - 1);
    }
}
