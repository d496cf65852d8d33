package org.kpcs.chaincode.participant;

import java.time.LocalDate;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.kpcs.chaincode.ledger.Dates;
import org.kpcs.chaincode.ledger.KpcsContract;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.protos.GetChairRequest;
import org.kpcs.protos.Participant;
import org.kpcs.protos.ProposeChairRequest;
import org.kpcs.protos.StatusProposal;

/**
 * The Chair of the Plenary (KPCS VI 4): its election by the Plenary, decided like every registry decision
 * ({@link Plenary}), and the record of who holds the chair. The delegates approve an election with {@code
 * ParticipantRegistry:ApproveStatusChange}; the approval that reaches the majority hands the chair over.
 */
@Contract(
        name = "Chair",
        info = @Info(title = "KPCS Chair of the Plenary", version = "1"),
        transactionSerializer = "org.kpcs.chaincode.ledger.ProtoSerializer")
public final class ChairContract implements KpcsContract {
    /**
     * The Chair proposes the Chair for this year's or next year's term: an active Participant that does not hold
     * the chair, one election open at a time.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] ProposeChair(final TransactionContext ctx, final byte[] requestBytes) {
        final ProposeChairRequest request = Ledger.request(requestBytes, ProposeChairRequest.parser());
        final PlenaryProposals chair = PlenaryProposals.byTheChair(ctx);
        final Ledger ledger = ctx.ledger();
        final Participant candidate = Participants.of(ctx).get(request.getParticipantCode());
        ChairElections.checkCandidate(SchemeSettings.read(ledger), candidate);
        final LocalDate today = Dates.of(ledger.txTime());
        ChairElections.checkYear(request.getYear(), today);
        return Ledger.bytes(chair.open(
                ChairElections.OPEN_SLOT,
                StatusProposal.newBuilder()
                        .setParticipantCode(candidate.getCode())
                        .setChairYear(request.getYear()),
                request.getReason()));
    }

    /** Who holds the chair, and every hand-over since bootstrap. Readable by every member. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] GetChair(final TransactionContext ctx, final byte[] requestBytes) {
        Ledger.request(requestBytes, GetChairRequest.parser());
        return Ledger.bytes(ChairElections.record(ctx.ledger()));
    }
}
