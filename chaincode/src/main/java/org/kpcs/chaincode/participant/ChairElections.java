package org.kpcs.chaincode.participant;

import java.time.LocalDate;
import java.util.List;
import org.kpcs.chaincode.ledger.Keys;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.protos.ChairHandOver;
import org.kpcs.protos.ChairRecord;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.Participant;
import org.kpcs.protos.ParticipantStatus;
import org.kpcs.protos.Scheme;
import org.kpcs.protos.StatusProposal;

/**
 * The election of the Chair (KPCS VI 4: "at the end of each Plenary meeting, a Chair would be elected ... until
 * the conclusion of the next annual Plenary meeting"). The Plenary decides it by the registry's one decision rule
 * ({@link Plenary}): the Chair proposes the candidate and the term's year, and a majority of the Participants
 * active when the proposal was made approves. The adoption hands the chair over on the ledger.
 */
public final class ChairElections {
    /** The open-proposal slot of the election: one election open at a time, beside one per Participant. */
    static final String OPEN_SLOT = "CHAIR";

    private ChairElections() {}

    /** The candidate is an active Participant that does not already hold the chair. */
    public static void checkCandidate(final Scheme scheme, final Participant candidate) {
        Participants.active(candidate);
        if (candidate.getCode().equals(scheme.getChairParticipant())) {
            throw Refusal.of(
                    ErrorCode.ALREADY_CHAIR,
                    candidate.getCode() + " already holds the chair; the Plenary elects another Participant or none");
        }
    }

    /** The term is this year's (elected at the end of this year's Plenary) or the next year's. */
    public static void checkYear(final int year, final LocalDate today) {
        if (year != today.getYear() && year != today.getYear() + 1) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "the Chair is elected for this year's or next year's term (" + today.getYear() + " or "
                            + (today.getYear() + 1) + "), not " + year);
        }
    }

    /** Whether an adopted proposal is an election rather than a status decision. */
    public static boolean isElection(final StatusProposal proposal) {
        return proposal.getChairYear() != 0;
    }

    /**
     * Applies an adopted election: the candidate, still active, holds the chair from this transaction on; the
     * hand-over is recorded, and the scheme's settings are bound, like the registry, to a majority of the active
     * Participants' peers.
     */
    static ChairHandOver handOver(final Ledger ledger, final Participants participants, final StatusProposal adopted) {
        final Participant successor = participants.get(adopted.getParticipantCode());
        if (successor.getStatus() != ParticipantStatus.ACTIVE) {
            throw Refusal.of(
                    ErrorCode.PARTICIPANT_NOT_ACTIVE,
                    successor.getCode() + " is " + successor.getStatus()
                            + " since it was proposed: it cannot take the chair; the Chair proposes another candidate");
        }
        final Scheme scheme = SchemeSettings.read(ledger);
        final ChairHandOver handOver = ChairHandOver.newBuilder()
                .setFromParticipant(scheme.getChairParticipant())
                .setToParticipant(successor.getCode())
                .setYear(adopted.getChairYear())
                .setProposalId(adopted.getId())
                .setHandedOverAt(ledger.txTimestamp())
                .setTxId(ledger.txId())
                .build();
        ledger.write(
                Keys.SCHEME,
                scheme.toBuilder().setChairParticipant(successor.getCode()).build());
        ledger.write(Keys.chairHandOver(handOver.getHandedOverAt(), handOver.getTxId()), handOver);
        participants.bindToMajority(Keys.SCHEME);
        return handOver;
    }

    /** The chair now and every hand-over, oldest first. */
    static ChairRecord record(final Ledger ledger) {
        final List<ChairHandOver> handOvers = ledger.readAll(Keys.CHAIR_HAND_OVER, ChairHandOver.parser());
        return ChairRecord.newBuilder()
                .setChairParticipant(SchemeSettings.read(ledger).getChairParticipant())
                .addAllHandOvers(handOvers)
                .build();
    }
}
