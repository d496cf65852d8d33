package org.kpcs.chaincode.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.kpcs.chaincode.ledger.Caller;
import org.kpcs.chaincode.ledger.Dates;
import org.kpcs.chaincode.ledger.Keys;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.Role;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.chaincode.participant.Electorate;
import org.kpcs.chaincode.participant.Participants;
import org.kpcs.protos.ConfidentialText;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.MissionState;
import org.kpcs.protos.MissionView;
import org.kpcs.protos.Participant;
import org.kpcs.protos.PlenaryApproval;
import org.kpcs.protos.ReviewMission;

/**
 * Review missions (KPCS VI 13(b), 14, 15) on the ledger: the public record under {@link Keys#mission} (to whom,
 * each step's date, the report's deadline met or missed) and, in {@link ConfidentialTexts#COLLECTION}, the terms
 * of reference and the report. The order of the steps is {@link MissionProgress}'s rule.
 */
final class ReviewMissions {
    static final String TERMS = "terms";
    static final String REPORT = "report";
    static final String COMMENTS = "comments";

    private final TransactionContext ctx;
    private final Ledger ledger;
    private final ConfidentialTexts texts;

    private ReviewMissions(final TransactionContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.ledger = ctx.ledger();
        this.texts = new ConfidentialTexts(ledger);
    }

    static ReviewMissions of(final TransactionContext ctx) {
        return ctx.repository(ReviewMissions.class, ReviewMissions::new);
    }

    /**
     * VI 13(b), 14: the Chair recommends a review mission to a Participant, with its terms of reference
     * (confidential), for the Plenary to decide by the Participants active now; one mission at a time per
     * Participant, until its report is filed.
     */
    ReviewMission propose(final String participantCode) {
        final String chair = requireChair();
        final Participant participant =
                ParticipantsOnly.subject(Participants.of(ctx).get(participantCode));
        all().stream()
                .filter(m -> m.getParticipant().equals(participant.getCode()))
                .filter(m -> new MissionProgress(m).underWay())
                .findFirst()
                .ifPresent(m -> {
                    throw Refusal.of(
                            ErrorCode.MISSION_STATE,
                            participant.getCode() + " already has mission " + m.getId() + " " + m.getState()
                                    + "; propose another once its report is filed");
                });
        final ConfidentialText terms = texts.presented(true, false);
        final LocalDate today = Dates.of(ledger.txTime());
        final Electorate electorate = Participants.of(ctx).electorate();
        final String id = RecordIds.of("RM-" + participant.getCode(), today, ledger.txId());
        final ReviewMission mission = ReviewMission.newBuilder()
                .setId(id)
                .setParticipant(participant.getCode())
                .setState(MissionState.MISSION_PROPOSED)
                .setChair(chair)
                .setProposedOn(today.toString())
                .setTermsSha256(ConfidentialTexts.sha256(terms))
                .addAllElectorate(electorate.codes())
                .setRequiredApprovals(electorate.required())
                .setTxId(ledger.txId())
                .build();
        texts.write(Keys.missionText(id, TERMS), terms);
        ledger.write(Keys.mission(id), mission);
        return mission;
    }

    /** VI 13: a Participant's delegate approves the recommendation on its behalf, for the Plenary's decision. */
    ReviewMission approve(final String id) {
        final ReviewMission mission = get(id);
        final Caller caller = ctx.caller();
        caller.requireRole(Role.DELEGATE);
        final Participant voter = Participants.of(ctx).forMsp(caller.mspId());
        final PlenaryApproval approval = PlenaryApproval.newBuilder()
                .setParticipantCode(voter.getCode())
                .setApprovedAt(ledger.txTimestamp())
                .setTxId(ledger.txId())
                .build();
        return save(new MissionProgress(mission).approve(voter, approval, today()));
    }

    /** VI 14: the Participant concerned consents, through its own delegate only. */
    ReviewMission consent(final String id) {
        final ReviewMission mission = get(id);
        final Caller caller = ctx.caller();
        Participants.of(ctx).requireAuthorityOf(caller, mission.getParticipant(), Role.DELEGATE);
        return save(new MissionProgress(mission).consent(caller.id(), today(), ledger.txId()));
    }

    /** The Chair withdraws a recommendation the Plenary has not decided. */
    ReviewMission withdraw(final String id) {
        requireChair();
        return save(new MissionProgress(get(id)).withdraw(today(), ledger.txId()));
    }

    /** The Chair starts a mission (VI 14: established by the Chair), only after consent. */
    ReviewMission start(final String id) {
        requireChair();
        return save(new MissionProgress(get(id)).start(today(), ledger.txId()));
    }

    /** The Chair records the mission's completion; the report is due three weeks later (VI 15). */
    ReviewMission complete(final String id) {
        requireChair();
        return save(new MissionProgress(get(id)).complete(today(), ledger.txId()));
    }

    /** VI 15: the Chair files the mission's report (confidential); the ledger marks its deadline met or missed. */
    ReviewMission report(final String id) {
        requireChair();
        final MissionProgress progress = new MissionProgress(get(id));
        final ConfidentialText report = texts.presented(true, false);
        final ReviewMission reported = progress.report(today(), ConfidentialTexts.sha256(report), ledger.txId());
        texts.write(Keys.missionText(id, REPORT), report);
        return save(reported);
    }

    /** VI 15: the Participant concerned's delegate comments on the report (confidential). */
    ReviewMission comment(final String id) {
        final ReviewMission mission = get(id);
        Participants.of(ctx).requireAuthorityOf(ctx.caller(), mission.getParticipant(), Role.DELEGATE);
        final ConfidentialText comments = texts.presented(true, false);
        final ReviewMission commented =
                new MissionProgress(mission).comment(today(), ConfidentialTexts.sha256(comments), ledger.txId());
        texts.write(Keys.missionText(id, COMMENTS), comments);
        return save(commented);
    }

    private LocalDate today() {
        return Dates.of(ledger.txTime());
    }

    ReviewMission get(final String id) {
        return ledger.read(Keys.mission(id), ReviewMission.parser())
                .orElseThrow(() -> Refusal.of(
                        ErrorCode.MISSION_NOT_FOUND,
                        "no review mission '" + id + "'; `kpcs compliance mission list` shows them"));
    }

    /** Public: one mission as of the reading transaction's date. */
    ReviewMission current(final String id) {
        return new MissionProgress(get(id)).asOf(today());
    }

    /** Public: every mission, or those to one Participant, as of the reading transaction's date. */
    List<ReviewMission> list(final String participant) {
        return all().stream()
                .filter(m -> participant.isEmpty() || m.getParticipant().equals(participant))
                .map(m -> new MissionProgress(m).asOf(today()))
                .toList();
    }

    /** A mission with its terms of reference and report, for a Participant's delegate or the Chair. */
    MissionView view(final String id) {
        ParticipantsOnly.caller(ctx);
        final ReviewMission mission = get(id);
        final MissionView.Builder view =
                MissionView.newBuilder().setMission(new MissionProgress(mission).asOf(today()));
        texts.read(Keys.missionText(id, TERMS), ConfidentialText.parser()).ifPresent(view::setTerms);
        texts.read(Keys.missionText(id, REPORT), ConfidentialText.parser()).ifPresent(view::setReport);
        texts.read(Keys.missionText(id, COMMENTS), ConfidentialText.parser()).ifPresent(view::setComments);
        return view.build();
    }

    private List<ReviewMission> all() {
        return ledger.readAll(Keys.MISSION, ReviewMission.parser());
    }

    private ReviewMission save(final ReviewMission mission) {
        ledger.write(Keys.mission(mission.getId()), mission);
        return mission;
    }

    /** The caller is the Chair; returns the Participant holding the Chair. */
    private String requireChair() {
        return Participants.of(ctx).requireChair(ctx.caller()).getCode();
    }
}
