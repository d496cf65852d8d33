package org.kpcs.chaincode.industry;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.SourceDraw;
import org.kpcs.protos.SourceKind;
import org.kpcs.protos.WarrantyStatementVersion;

/** The rules of the industry's system of warranties (KPCS IV, "Principles of Industry Self-Regulation"). */
public final class WarrantyRules {
    /** The warranty statement adopted by the World Diamond Council in 2002. */
    public static final String STATEMENT_2002 = "The diamonds herein invoiced have been purchased from legitimate"
            + " sources not involved in funding conflict and in compliance with United Nations resolutions. The"
            + " seller hereby guarantees that these diamonds are conflict free, based on personal knowledge and/or"
            + " written guarantees provided by the supplier of these diamonds.";

    /** The revised System of Warranties statement. */
    public static final String STATEMENT_SOW_REVISED = "The diamonds herein invoiced have been purchased from"
            + " legitimate sources not involved in funding conflict, in compliance with United Nations Security"
            + " Council Resolutions and in accordance with the Kimberley Process Certification Scheme. The seller"
            + " hereby guarantees that these diamonds are conflict free and confirms adherence to the WDC SoW"
            + " Guidelines.";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private WarrantyRules() {}

    /** The exact statement text of a version; an unknown version is refused. */
    public static String statement(final WarrantyStatementVersion version) {
        return switch (version) {
            case WDC_2002 -> STATEMENT_2002;
            case SOW_REVISED -> STATEMENT_SOW_REVISED;
            default ->
                throw Refusal.of(
                        ErrorCode.INVALID_ARGUMENT,
                        "unknown warranty statement version " + version + "; use WDC_2002 or SOW_REVISED");
        };
    }

    /** A source is a KP Certificate, a warranty invoice or a transformation. */
    public static SourceKind checkKind(final SourceKind kind) {
        if (kind != SourceKind.CERTIFICATE && kind != SourceKind.INVOICE && kind != SourceKind.TRANSFORMATION) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "source kind must be CERTIFICATE, INVOICE or TRANSFORMATION, not " + kind);
        }
        return kind;
    }

    public static void checkId(final String what, final String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    what + " '" + id + "' must be 1 to 64 letters, digits, '.', '_', '/' or '-'");
        }
    }

    /** The invoice document stays off the ledger; its SHA-256 (64 lowercase hex digits) is recorded. */
    public static void checkDocumentHash(final String hash) {
        if (hash == null || !SHA256_HEX.matcher(hash).matches()) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "the invoice hash must be the SHA-256 of the document, 64 lowercase hex digits");
        }
    }

    /**
     * Sources are distinct, each draws a positive amount, and none is the record being made (a cycle); returns
     * the total drawn.
     */
    public static long checkSources(final String selfRef, final List<SourceDraw> sources) {
        if (sources.isEmpty()) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "a warranty names its sources: the KP Certificates or warranty"
                            + " invoices under which the seller acquired the diamonds");
        }
        final Set<String> seen = new HashSet<>();
        long total = 0;
        for (final SourceDraw draw : sources) {
            checkKind(draw.getKind());
            if (draw.getRef().equals(selfRef)) {
                throw Refusal.of(ErrorCode.SOURCE_CYCLE, selfRef + " cannot be its own source");
            }
            if (!seen.add(draw.getKind() + "/" + draw.getRef())) {
                throw Refusal.of(
                        ErrorCode.SOURCE_CYCLE,
                        "source " + draw.getKind() + " " + draw.getRef()
                                + " is cited twice; draw its carats in one line");
            }
            if (draw.getCaratWeightMilli() <= 0) {
                throw Refusal.of(
                        ErrorCode.INVALID_ARGUMENT, "the carats drawn from " + draw.getRef() + " must be positive");
            }
            total = Math.addExact(total, draw.getCaratWeightMilli());
        }
        return total;
    }
}
