package org.kpcs.chaincode.industry;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.kpcs.chaincode.ledger.Caller;
import org.kpcs.chaincode.ledger.Dates;
import org.kpcs.chaincode.ledger.Keys;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.Role;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.chaincode.participant.SchemeSettings;
import org.kpcs.protos.Attestation;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.IndustryEvent;
import org.kpcs.protos.RecordAttestationRequest;

/** Independent auditors' attestations of a firm's year (KPCS IV: warranties verified by independent auditors). */
final class Attestations {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final TransactionContext ctx;
    private final Ledger ledger;

    private Attestations(final TransactionContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.ledger = ctx.ledger();
    }

    static Attestations of(final TransactionContext ctx) {
        return ctx.repository(Attestations.class, Attestations::new);
    }

    /** A year of the scheme: 2000 onwards. */
    static int checkYear(final int year) {
        if (year < 2000 || year > 9999) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "year " + year + " is outside the scheme (2000 onwards)");
        }
        return year;
    }

    boolean isAttested(final String firmId, final int year) {
        return ledger.exists(Keys.attestation(firmId, year));
    }

    /** An attested year is closed: no record may be dated into it afterwards. */
    void requireOpenYear(final String firmId, final LocalDate date) {
        if (isAttested(firmId, date.getYear())) {
            throw Refusal.of(
                    ErrorCode.ALREADY_ATTESTED,
                    firmId + "'s year " + date.getYear() + " is attested and closed; date the record in the current"
                            + " year");
        }
    }

    List<Attestation> of(final String firmId) {
        return ledger.readAll(Keys.ATTESTATION, Attestation.parser(), firmId);
    }

    Attestation record(final RecordAttestationRequest request) {
        final Caller caller = ctx.caller();
        caller.requireRole(Role.AUDITOR);
        if (!SchemeSettings.isIndustry(ledger, caller.mspId())) {
            throw Refusal.of(
                    ErrorCode.WRONG_ORGANISATION,
                    "auditors are accredited through the industry organisation, not " + caller.mspId());
        }
        final String firmId = request.getFirmId();
        Firms.of(ctx).get(firmId);
        final int year = checkYear(request.getYear());
        if (year > Dates.of(ledger.txTime()).getYear()) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "year " + year + " has not begun");
        }
        if (!SHA256_HEX.matcher(request.getReportHash()).matches()) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "the report hash must be the SHA-256 of the audit report");
        }
        if (request.getOpinion().isBlank() || request.getAuditFirm().isBlank()) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "an attestation names the audit firm and gives its opinion");
        }
        if (isAttested(firmId, year)) {
            throw Refusal.of(ErrorCode.ALREADY_ATTESTED, firmId + "'s year " + year + " is already attested");
        }
        final Attestation attestation = Attestation.newBuilder()
                .setFirmId(firmId)
                .setYear(year)
                .setAuditor(caller.id())
                .setAuditFirm(request.getAuditFirm().strip())
                .setReportHash(request.getReportHash())
                .setOpinion(request.getOpinion().strip())
                .setRecordedBy(caller.mspId())
                .setRecordedAt(ledger.txTimestamp())
                .setTxId(ledger.txId())
                .build();
        ledger.write(Keys.attestation(firmId, year), attestation);
        ledger.emit(
                FirmContract.EVENT,
                IndustryEvent.newBuilder().setAttested(attestation).build());
        return attestation;
    }
}
