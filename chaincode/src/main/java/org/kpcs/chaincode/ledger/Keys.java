package org.kpcs.chaincode.ledger;

import com.google.protobuf.Timestamp;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.kpcs.protos.SourceKind;

/**
 * Every key the chaincode writes, in one place. Records live under composite keys (a type and its
 * attributes); indexes are simple {@code IDX~...} keys whose value names the record, scanned by range up to
 * {@code prefix + END}. Changing a key here changes the ledger's layout: existing state keeps the old one.
 */
public final class Keys {
    public static final String PARTICIPANT = "participant";
    public static final String OPEN_PROPOSAL = "open-proposal";
    public static final String CUSTODY = "custody";
    public static final String ATTESTATION = "attestation";
    public static final String REPORT = "report";
    public static final String PRODUCTION = "production";
    public static final String CHAIR_NOTICE = "chair-notice";
    public static final String CONCERN = "concern";
    public static final String MISSION = "review-mission";
    public static final String CHAIR_HAND_OVER = "chair-hand-over";
    public static final String NOTIFICATION = "notification";
    public static final String MODIFICATION = "modification";
    /** The next Plenary meeting (a simple key). */
    public static final String PLENARY = "PLENARY";
    /** The scheme-wide settings (a simple key). */
    public static final String SCHEME = "SCHEME";
    /** Sorts after every character a code, number, date or id may hold: {@code prefix + END} ends a range. */
    public static final String END = "~~";

    private Keys() {}

    private static String composite(final String type, final String... attributes) {
        return new CompositeKey(type, attributes).toString();
    }

    public static String participant(final String code) {
        return composite(PARTICIPANT, code);
    }

    public static String proposal(final String id) {
        return composite("proposal", id);
    }

    /** At most one open status proposal per Participant. */
    public static String openProposal(final String participantCode) {
        return composite(OPEN_PROPOSAL, participantCode);
    }

    public static String certificate(final String number) {
        return composite("certificate", number);
    }

    public static String receipt(final String number) {
        return composite("receipt", number);
    }

    /** Custody records are appended: one key each, in the order of their recorded time. */
    public static String custody(final String number, final Timestamp recordedAt, final String txId) {
        return composite(CUSTODY, number, sortable(recordedAt), txId);
    }

    /** A timestamp as a key attribute that sorts in time order. */
    private static String sortable(final Timestamp time) {
        return String.format("%012d.%09d", time.getSeconds(), time.getNanos());
    }

    /** A Participant's Certificates in one direction (EXPORT or IMPORT), by date of issue. */
    public static String certificatesOf(final String participant, final String direction) {
        return "IDX~cert~" + participant + "~" + direction + "~";
    }

    public static String pendingFor(final String importer) {
        return "IDX~pending~" + importer + "~";
    }

    public static String disputed() {
        return "IDX~disputed~";
    }

    public static String firm(final String firmId) {
        return composite("firm", firmId);
    }

    /** The firms a Participant licensed. */
    public static String firmsOf(final String country) {
        return "IDX~firm~" + country + "~";
    }

    public static String balance(final SourceKind kind, final String ref) {
        return composite("balance", kind.name(), ref);
    }

    /** A firm's sources, for reconciliation. */
    public static String sourcesOf(final String firm) {
        return "IDX~balance~" + firm + "~";
    }

    /** Forward links: who drew on a source, for tracing a certificate forward. */
    public static String drawsOn(final SourceKind kind, final String ref) {
        return "IDX~draws~" + kind.name() + "~" + ref + "~";
    }

    public static String warranty(final String invoiceId) {
        return composite("warranty", invoiceId);
    }

    /** A firm's warranties on one side ("seller" or "buyer"), by invoice date. */
    public static String warrantiesOf(final String side, final String firm) {
        return "IDX~warranty~" + side + "~" + firm + "~";
    }

    public static String transformation(final String id) {
        return composite("transformation", id);
    }

    /** A firm's transformations, by date. */
    public static String transformationsOf(final String firm) {
        return "IDX~transform~" + firm + "~";
    }

    /** KP Certificates a firm imported, by date of receipt. */
    public static String importsOf(final String firm) {
        return "IDX~certin~" + firm + "~";
    }

    public static String attestation(final String firm, final int year) {
        return composite(ATTESTATION, firm, Integer.toString(year));
    }

    /** One version of a filed Annex III report; versions sort in filing order. */
    public static String report(final String participant, final String kind, final String period, final int version) {
        return composite(REPORT, participant, kind, period, String.format("%04d", version));
    }

    /** A Participant's production statistics for a half-year. */
    public static String production(final String participant, final String period) {
        return composite(PRODUCTION, participant, period);
    }

    /** A notice to the Chair, one key each, in the order of their recorded time. */
    public static String chairNotice(
            final String participant, final String period, final Timestamp recordedAt, final String txId) {
        return composite(CHAIR_NOTICE, participant, period, sortable(recordedAt), txId);
    }

    /** A compliance concern: its public marker, and its confidential file under the same key in the collection. */
    public static String concern(final String id) {
        return composite(CONCERN, id);
    }

    /** A review mission's public record. */
    public static String mission(final String id) {
        return composite(MISSION, id);
    }

    /** A review mission's confidential terms of reference or report ({@code part}), in the collection. */
    public static String missionText(final String id, final String part) {
        return composite("review-mission-text", id, part);
    }

    /** A hand-over of the chair, one key each, in the order they happened. */
    public static String chairHandOver(final Timestamp handedOverAt, final String txId) {
        return composite(CHAIR_HAND_OVER, sortable(handedOverAt), txId);
    }

    /** One version of a Participant's notification; versions sort in filing order. */
    public static String notification(final String participant, final int version) {
        return composite(NOTIFICATION, participant, String.format("%04d", version));
    }

    /** A proposal to modify the Scheme, on the agenda of the Plenary of {@code plenaryDate}. */
    public static String modification(final String plenaryDate, final String txId) {
        return composite(MODIFICATION, plenaryDate, txId);
    }
}
