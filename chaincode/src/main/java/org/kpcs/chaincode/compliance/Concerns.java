package org.kpcs.chaincode.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.kpcs.chaincode.ledger.Dates;
import org.kpcs.chaincode.ledger.Keys;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.Role;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.chaincode.participant.Participants;
import org.kpcs.chaincode.participant.SchemeSettings;
import org.kpcs.protos.ConcernFile;
import org.kpcs.protos.ConcernMarker;
import org.kpcs.protos.ConcernState;
import org.kpcs.protos.ConcernView;
import org.kpcs.protos.ConfidentialText;
import org.kpcs.protos.DialogueEntry;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.ReplyToConcernRequest;

/**
 * Compliance concerns (KPCS V(e), VI 16): a Participant informs the Chair, who informs all Participants and
 * enters into dialogue. The public marker under {@link Keys#concern} shows that a concern exists; its file
 * (the Participant concerned and the dialogue) is confidential, in {@link ConfidentialTexts#COLLECTION}.
 */
final class Concerns {
    private final TransactionContext ctx;
    private final Ledger ledger;
    private final ConfidentialTexts texts;

    private Concerns(final TransactionContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.ledger = ctx.ledger();
        this.texts = new ConfidentialTexts(ledger);
    }

    static Concerns of(final TransactionContext ctx) {
        return ctx.repository(Concerns.class, Concerns::new);
    }

    /**
     * KPCS V(e), VI 16: a Participant's delegate informs the Chair of a concern about another
     * Participant; the text and the Participant concerned come as confidential text.
     */
    ConcernMarker raise() {
        final ParticipantsOnly raiser = ParticipantsOnly.caller(ctx);
        ctx.caller().requireRole(Role.DELEGATE);
        final ConfidentialText text = texts.presented(true, true);
        if (text.getConcernedParticipant().isEmpty()) {
            throw Refusal.of(
                    ErrorCode.CONFIDENTIAL_TEXT_REQUIRED, "name the Participant the concern is about (confidential)");
        }
        final String concerned = ParticipantsOnly.subject(Participants.of(ctx).get(text.getConcernedParticipant()))
                .getCode();
        if (concerned.equals(raiser.code())) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "a concern is about another Participant (KPCS V(e)); " + concerned + " raised it about itself");
        }
        final LocalDate today = Dates.of(ledger.txTime());
        final String id = RecordIds.of("CN", today, ledger.txId());
        final ConcernFile file = ConcernFile.newBuilder()
                .setId(id)
                .setConcernedParticipant(concerned)
                .setSalt(text.getSalt())
                .addDialogue(entry(raiser, text, today))
                .build();
        final ConcernMarker marker = ConcernMarker.newBuilder()
                .setId(id)
                .setState(ConcernState.CONCERN_STATE_OPEN)
                .setRaisedOn(today.toString())
                .setRaisedAt(ledger.txTimestamp())
                .setRaisedByParticipant(raiser.code())
                .setChair(SchemeSettings.read(ledger).getChairParticipant())
                .setEntries(1)
                .setLastEntryOn(today.toString())
                .setFileSha256(ConfidentialTexts.sha256(file))
                .setTxId(ledger.txId())
                .build();
        texts.write(Keys.concern(id), file);
        ledger.write(Keys.concern(id), marker);
        return marker;
    }

    /**
     * KPCS VI 16: the dialogue on how to address a concern. The Participant concerned, the Participant that raised
     * it (their delegates) and the Chair reply while it is open; only the Chair closes it.
     */
    ConcernMarker reply(final ReplyToConcernRequest request) {
        final ParticipantsOnly author = ParticipantsOnly.caller(ctx);
        final ConcernMarker marker = marker(request.getConcernId());
        if (marker.getState() != ConcernState.CONCERN_STATE_OPEN) {
            throw Refusal.of(
                    ErrorCode.CONCERN_CLOSED,
                    "the Chair closed concern " + marker.getId() + " on " + marker.getClosedOn() + "; raise a new one");
        }
        final ConcernFile file = file(marker.getId());
        if (!author.chair()
                && !author.code().equals(file.getConcernedParticipant())
                && !author.code().equals(marker.getRaisedByParticipant())) {
            throw Refusal.of(
                    ErrorCode.WRONG_ORGANISATION,
                    "only the Participant concerned, the Participant that raised the concern and the Chair reply"
                            + " (KPCS VI 16); " + author.code() + " may read it");
        }
        if (request.getClose() && !author.chair()) {
            throw Refusal.of(ErrorCode.ROLE_REQUIRED, "only the Chair closes a concern's dialogue (kp.role=chair)");
        }
        final LocalDate today = Dates.of(ledger.txTime());
        final ConcernFile answered = file.toBuilder()
                .addDialogue(entry(author, texts.presented(false, false), today))
                .build();
        final ConcernMarker.Builder updated = marker.toBuilder()
                .setEntries(answered.getDialogueCount())
                .setLastEntryOn(today.toString())
                .setFileSha256(ConfidentialTexts.sha256(answered))
                .setTxId(ledger.txId());
        if (request.getClose()) {
            updated.setState(ConcernState.CONCERN_STATE_CLOSED).setClosedOn(today.toString());
        }
        texts.write(Keys.concern(marker.getId()), answered);
        ledger.write(Keys.concern(marker.getId()), updated.build());
        return updated.build();
    }

    /** A concern with its confidential file, for a Participant's delegate or the Chair (KPCS VI 16). */
    ConcernView view(final String id) {
        ParticipantsOnly.caller(ctx);
        final ConcernMarker marker = marker(id);
        return ConcernView.newBuilder()
                .setMarker(marker)
                .setFile(file(marker.getId()))
                .build();
    }

    /** Every concern's public marker, the open ones only when asked. */
    List<ConcernMarker> markers(final boolean openOnly) {
        return ledger.readAll(Keys.CONCERN, ConcernMarker.parser()).stream()
                .filter(m -> !openOnly || m.getState() == ConcernState.CONCERN_STATE_OPEN)
                .toList();
    }

    ConcernMarker marker(final String id) {
        return ledger.read(Keys.concern(id), ConcernMarker.parser())
                .orElseThrow(() -> Refusal.of(
                        ErrorCode.CONCERN_NOT_FOUND,
                        "no compliance concern '" + id + "'; `kpcs compliance list` shows them"));
    }

    private ConcernFile file(final String id) {
        return texts.read(Keys.concern(id), ConcernFile.parser())
                .orElseThrow(() -> Refusal.of(
                        ErrorCode.CONCERN_NOT_FOUND,
                        "this peer holds no confidential file for concern " + id
                                + " (its organisation is not in the collection '" + ConfidentialTexts.COLLECTION
                                + "', or the private data has not reached it yet)"));
    }

    private DialogueEntry entry(final ParticipantsOnly author, final ConfidentialText text, final LocalDate today) {
        return DialogueEntry.newBuilder()
                .setParticipant(author.code())
                .setRole(author.chair() ? Role.CHAIR.attributeValue() : Role.DELEGATE.attributeValue())
                .setAuthor(ctx.caller().id())
                .setText(text.getText().strip())
                .setOn(today.toString())
                .setAt(ledger.txTimestamp())
                .setTxId(ledger.txId())
                .build();
    }
}
