package org.kpcs.chaincode.compliance;

import java.util.logging.Logger;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.kpcs.chaincode.ledger.KpcsContract;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.ReadsPrivateData;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.protos.ComplianceEvent;
import org.kpcs.protos.ConcernList;
import org.kpcs.protos.ConcernMarker;
import org.kpcs.protos.GetConcernRequest;
import org.kpcs.protos.ListConcernsRequest;
import org.kpcs.protos.RaiseConcernRequest;
import org.kpcs.protos.ReplyToConcernRequest;

/**
 * Compliance concerns (KPCS Section V(e), Section VI 16): raised by a Participant's delegate through the Chair,
 * answered in a dialogue, confidential to the Participants. Submissions return and emit only the public marker:
 * a transaction's response and events are in the block, which every channel member reads. The rules live in
 * {@link Concerns}, {@link ParticipantsOnly} and {@link ConfidentialTexts}.
 */
@Contract(
        name = "Compliance",
        info = @Info(title = "KPCS compliance concerns", version = "1"),
        transactionSerializer = "org.kpcs.chaincode.ledger.ProtoSerializer")
public final class ComplianceContract implements KpcsContract {
    /** Chaincode event name; the payload is a {@code ComplianceEvent} (public markers only). */
    public static final String EVENT = "ComplianceEvent";

    private static final Logger LOG = Logger.getLogger(ComplianceContract.class.getName());

    /** A Participant's delegate informs the Chair of a concern; text and subject in transient "confidential". */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] RaiseConcern(final TransactionContext ctx, final byte[] requestBytes) {
        Ledger.request(requestBytes, RaiseConcernRequest.parser());
        final ConcernMarker marker = Concerns.of(ctx).raise();
        ctx.ledger().emit(EVENT, ComplianceEvent.newBuilder().setConcern(marker).build());
        LOG.info(() -> marker.getRaisedByParticipant() + " raised compliance concern " + marker.getId()
                + " with the Chair (" + marker.getChair() + ")");
        return Ledger.bytes(marker);
    }

    /** A reply in the concern's dialogue (the Chair may close it); text in transient "confidential". */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] ReplyToConcern(final TransactionContext ctx, final byte[] requestBytes) {
        final ConcernMarker marker =
                Concerns.of(ctx).reply(Ledger.request(requestBytes, ReplyToConcernRequest.parser()));
        ctx.ledger().emit(EVENT, ComplianceEvent.newBuilder().setConcern(marker).build());
        LOG.info(() ->
                "compliance concern " + marker.getId() + ": entry " + marker.getEntries() + ", " + marker.getState());
        return Ledger.bytes(marker);
    }

    /** The concern with its confidential file: a Participant's delegate or the Chair only. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    @ReadsPrivateData
    public byte[] GetConcern(final TransactionContext ctx, final byte[] requestBytes) {
        final GetConcernRequest request = Ledger.request(requestBytes, GetConcernRequest.parser());
        return Ledger.bytes(Concerns.of(ctx).view(request.getConcernId()));
    }

    /** Every concern's public marker: anyone, observers included, sees that concerns exist. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] ListConcerns(final TransactionContext ctx, final byte[] requestBytes) {
        final ListConcernsRequest request = Ledger.request(requestBytes, ListConcernsRequest.parser());
        return Ledger.bytes(ConcernList.newBuilder()
                .addAllConcerns(Concerns.of(ctx).markers(request.getOpenOnly()))
                .build());
    }

    /** One concern's public marker. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] GetConcernMarker(final TransactionContext ctx, final byte[] requestBytes) {
        final GetConcernRequest request = Ledger.request(requestBytes, GetConcernRequest.parser());
        return Ledger.bytes(Concerns.of(ctx).marker(request.getConcernId()));
    }
}
