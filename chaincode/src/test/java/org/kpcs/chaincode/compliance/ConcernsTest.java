package org.kpcs.chaincode.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpcs.chaincode.compliance.Confidential.concern;
import static org.kpcs.chaincode.compliance.Confidential.refused;
import static org.kpcs.chaincode.compliance.Confidential.text;
import static org.kpcs.chaincode.compliance.Confidential.unreadable;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kpcs.chaincode.ledger.Keys;
import org.kpcs.chaincode.testing.FakeFabric;
import org.kpcs.chaincode.testing.Kp;
import org.kpcs.chaincode.testing.Result;
import org.kpcs.chaincode.testing.User;
import org.kpcs.protos.ComplianceEvent;
import org.kpcs.protos.ConcernFile;
import org.kpcs.protos.ConcernList;
import org.kpcs.protos.ConcernMarker;
import org.kpcs.protos.ConcernState;
import org.kpcs.protos.ConcernView;
import org.kpcs.protos.ConfidentialText;
import org.kpcs.protos.DialogueEntry;
import org.kpcs.protos.GetConcernRequest;
import org.kpcs.protos.ListConcernsRequest;
import org.kpcs.protos.RaiseConcernRequest;
import org.kpcs.protos.ReplyToConcernRequest;

/** KPCS V(e), VI 16 through the contract API: a concern, its dialogue, and who can read what. */
class ConcernsTest {
    private static final String RAISE = "Compliance:RaiseConcern";
    private static final String REPLY = "Compliance:ReplyToConcern";
    private static final String SECRET = "IN export licences of March name a sanctioned firm";
    private static final RaiseConcernRequest NOTHING_PUBLIC = RaiseConcernRequest.getDefaultInstance();

    private final FakeFabric fabric = Kp.bootstrapped();

    private ConcernMarker raised() {
        return fabric.submitWithTransient(Kp.AE_DELEGATE, concern("IN", SECRET), RAISE, NOTHING_PUBLIC)
                .as(ConcernMarker.parser());
    }

    private Result reply(final User who, final String id, final boolean close, final String words) {
        return fabric.submitWithTransient(
                who,
                text(words),
                REPLY,
                ReplyToConcernRequest.newBuilder()
                        .setConcernId(id)
                        .setClose(close)
                        .build());
    }

    private static GetConcernRequest get(final String id) {
        return GetConcernRequest.newBuilder().setConcernId(id).build();
    }

    @Test
    void a_concern_is_public_as_a_marker_and_its_content_stays_in_the_participants_collection() {
        final Result result = fabric.submitWithTransient(Kp.AE_DELEGATE, concern("IN", SECRET), RAISE, NOTHING_PUBLIC);
        final ConcernMarker marker = result.as(ConcernMarker.parser());
        assertThat(marker.getState()).isEqualTo(ConcernState.CONCERN_STATE_OPEN);
        assertThat(marker.getRaisedByParticipant()).isEqualTo("AE");
        assertThat(marker.getChair()).isEqualTo("BW");
        assertThat(marker.getEntries()).isEqualTo(1);
        assertThat(marker.getRaisedOn()).isEqualTo("2026-03-02");
        assertThat(result.event(ComplianceEvent.parser()).getConcern()).isEqualTo(marker);

        final byte[] file = fabric.privateData(ConfidentialTexts.COLLECTION, Keys.concern(marker.getId()));
        assertThat(file).isNotNull();
        final ConcernFile stored = parse(file);
        assertThat(stored.getConcernedParticipant()).isEqualTo("IN");
        assertThat(stored.getDialogue(0).getText()).isEqualTo(SECRET);
        assertThat(marker.getFileSha256()).isEqualTo(ConfidentialTexts.sha256(stored));
        Confidential.keptOffTheSharedLedger(fabric, result, SECRET);

        final ConcernList seen = fabric.evaluate(
                        Kp.OBSERVER, "Compliance:ListConcerns", ListConcernsRequest.getDefaultInstance())
                .as(ConcernList.parser());
        assertThat(seen.getConcernsList()).containsExactly(marker);
    }

    @Test
    void observers_industry_and_other_authorities_cannot_read_the_content() {
        final String id = raised().getId();
        unreadable(fabric, Kp.OBSERVER, "Compliance:GetConcern", get(id), "OBSERVER_READ_ONLY");
        unreadable(fabric, Kp.AUDITOR, "Compliance:GetConcern", get(id), "PARTICIPANTS_ONLY");
        unreadable(fabric, Kp.GULF, "Compliance:GetConcern", get(id), "PARTICIPANTS_ONLY");
        unreadable(fabric, Kp.BW_EXPORTER, "Compliance:GetConcern", get(id), "PARTICIPANTS_ONLY");
        unreadable(fabric, Kp.IN_CHAIR, "Compliance:GetConcern", get(id), "WRONG_ORGANISATION");
        assertThat(fabric.evaluate(Kp.OBSERVER, "Compliance:GetConcernMarker", get(id))
                        .as(ConcernMarker.parser())
                        .getId())
                .isEqualTo(id);
    }

    @Test
    void the_dialogue_is_recorded_until_the_chair_closes_it_and_every_participant_reads_it() {
        final String id = raised().getId();
        final ConcernMarker answered = reply(Kp.IN_DELEGATE, id, false, "the firm's licence was revoked in April")
                .as(ConcernMarker.parser());
        assertThat(answered.getEntries()).isEqualTo(2);
        reply(Kp.AE_DELEGATE, id, false, "please send the revocation order").as(ConcernMarker.parser());
        final Result closing = reply(Kp.CHAIR, id, true, "order received and circulated; closed");
        final ConcernMarker closed = closing.as(ConcernMarker.parser());
        assertThat(closed.getState()).isEqualTo(ConcernState.CONCERN_STATE_CLOSED);
        assertThat(closed.getEntries()).isEqualTo(4);
        assertThat(closed.getClosedOn()).isEqualTo("2026-03-02");
        Confidential.keptOffTheSharedLedger(fabric, closing, "circulated");

        final ConcernView view = fabric.evaluate(Kp.BW_DELEGATE, "Compliance:GetConcern", get(id))
                .as(ConcernView.parser());
        assertThat(view.getMarker()).isEqualTo(closed);
        assertThat(view.getFile().getDialogueList())
                .extracting(DialogueEntry::getParticipant, DialogueEntry::getRole)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("AE", "delegate"),
                        org.assertj.core.groups.Tuple.tuple("IN", "delegate"),
                        org.assertj.core.groups.Tuple.tuple("AE", "delegate"),
                        org.assertj.core.groups.Tuple.tuple("BW", "chair"));
        assertThat(closed.getFileSha256()).isEqualTo(ConfidentialTexts.sha256(view.getFile()));
        assertThat(fabric.evaluate(
                                Kp.OBSERVER,
                                "Compliance:ListConcerns",
                                ListConcernsRequest.newBuilder()
                                        .setOpenOnly(true)
                                        .build())
                        .as(ConcernList.parser())
                        .getConcernsList())
                .isEmpty();
        refused(
                fabric,
                Kp.IN_DELEGATE,
                text("one more thing"),
                REPLY,
                ReplyToConcernRequest.newBuilder().setConcernId(id).build(),
                "CONCERN_CLOSED");
    }

    @Test
    void only_a_participants_delegate_raises_a_concern_about_another_participant() {
        refused(fabric, Kp.AUDITOR, concern("IN", SECRET), RAISE, NOTHING_PUBLIC, "PARTICIPANTS_ONLY");
        refused(fabric, Kp.GULF, concern("IN", SECRET), RAISE, NOTHING_PUBLIC, "PARTICIPANTS_ONLY");
        refused(fabric, Kp.OBSERVER, concern("IN", SECRET), RAISE, NOTHING_PUBLIC, "OBSERVER_READ_ONLY");
        refused(fabric, Kp.AE_IMPORTER, concern("IN", SECRET), RAISE, NOTHING_PUBLIC, "PARTICIPANTS_ONLY");
        refused(fabric, Kp.NO_ROLE, concern("IN", SECRET), RAISE, NOTHING_PUBLIC, "PARTICIPANTS_ONLY");
        refused(fabric, Kp.CHAIR, concern("IN", SECRET), RAISE, NOTHING_PUBLIC, "ROLE_REQUIRED");
        refused(fabric, Kp.AE_DELEGATE, concern("AE", SECRET), RAISE, NOTHING_PUBLIC, "INVALID_ARGUMENT");
        refused(fabric, Kp.AE_DELEGATE, concern("ZA", SECRET), RAISE, NOTHING_PUBLIC, "PARTICIPANT_NOT_FOUND");
        refused(fabric, Kp.AE_DELEGATE, concern("india", SECRET), RAISE, NOTHING_PUBLIC, "INVALID_ARGUMENT");
    }

    @Test
    void a_concern_needs_its_confidential_text_subject_and_salt() {
        refused(fabric, Kp.AE_DELEGATE, Map.of(), RAISE, NOTHING_PUBLIC, "CONFIDENTIAL_TEXT_REQUIRED");
        refused(
                fabric,
                Kp.AE_DELEGATE,
                Map.of(ConfidentialTexts.TRANSIENT, new byte[] {1, 2, 3}),
                RAISE,
                NOTHING_PUBLIC,
                "CONFIDENTIAL_TEXT_REQUIRED");
        refused(fabric, Kp.AE_DELEGATE, concern("IN", "  "), RAISE, NOTHING_PUBLIC, "CONFIDENTIAL_TEXT_REQUIRED");
        refused(
                fabric,
                Kp.AE_DELEGATE,
                concern("IN", "x".repeat(20_001)),
                RAISE,
                NOTHING_PUBLIC,
                "CONFIDENTIAL_TEXT_REQUIRED");
        refused(fabric, Kp.AE_DELEGATE, text(SECRET), RAISE, NOTHING_PUBLIC, "CONFIDENTIAL_TEXT_REQUIRED");
        refused(
                fabric,
                Kp.AE_DELEGATE,
                Confidential.of(ConfidentialText.newBuilder()
                        .setText(SECRET)
                        .setConcernedParticipant("IN")
                        .setSalt("abc")
                        .build()),
                RAISE,
                NOTHING_PUBLIC,
                "INVALID_ARGUMENT");
    }

    @Test
    void only_the_parties_and_the_chair_reply_and_only_the_chair_closes() {
        final String id = raised().getId();
        final ReplyToConcernRequest reply =
                ReplyToConcernRequest.newBuilder().setConcernId(id).build();
        refused(fabric, Kp.BW_DELEGATE, text("not my concern"), REPLY, reply, "WRONG_ORGANISATION");
        refused(fabric, Kp.AUDITOR, text("industry view"), REPLY, reply, "PARTICIPANTS_ONLY");
        refused(fabric, Kp.OBSERVER, text("civil society view"), REPLY, reply, "OBSERVER_READ_ONLY");
        refused(fabric, Kp.IN_CHAIR, text("as chair"), REPLY, reply, "WRONG_ORGANISATION");
        refused(
                fabric,
                Kp.IN_DELEGATE,
                text("closing it"),
                REPLY,
                reply.toBuilder().setClose(true).build(),
                "ROLE_REQUIRED");
        refused(fabric, Kp.IN_DELEGATE, Map.of(), REPLY, reply, "CONFIDENTIAL_TEXT_REQUIRED");
        refused(fabric, Kp.IN_DELEGATE, concern("AE", "and about AE"), REPLY, reply, "INVALID_ARGUMENT");
        refused(
                fabric,
                Kp.IN_DELEGATE,
                text("hello"),
                REPLY,
                reply.toBuilder().setConcernId("CN-1").build(),
                "CONCERN_NOT_FOUND");
        unreadable(fabric, Kp.BW_DELEGATE, "Compliance:GetConcern", get("CN-1"), "CONCERN_NOT_FOUND");
    }

    private static ConcernFile parse(final byte[] bytes) {
        try {
            return ConcernFile.parseFrom(bytes);
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
    }
}
