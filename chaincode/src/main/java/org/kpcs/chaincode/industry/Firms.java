package org.kpcs.chaincode.industry;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.kpcs.chaincode.ledger.Caller;
import org.kpcs.chaincode.ledger.Keys;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.Role;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.chaincode.participant.SchemeSettings;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.Firm;
import org.kpcs.protos.FirmStatus;

/** The register of licensed firms (Annex II 13, 14) and the rule that a sanctioned firm is shut out (II 6). */
public final class Firms {
    private static final Pattern ID = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,39}");

    private final Ledger ledger;

    /** The transaction's Firms. */
    public static Firms of(final TransactionContext ctx) {
        return ctx.repository(Firms.class, c -> new Firms(c.ledger()));
    }

    public Firms(final Ledger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    public static void checkId(final String firmId) {
        if (firmId == null || !ID.matcher(firmId).matches()) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "firm id '" + firmId + "' must be 3 to 40 capital letters, digits or hyphens, such as AE-F-0001");
        }
    }

    private static String key(final String firmId) {
        return Keys.firm(firmId);
    }

    public boolean exists(final String firmId) {
        return ledger.exists(key(firmId));
    }

    public Firm get(final String firmId) {
        checkId(firmId);
        return ledger.read(key(firmId), Firm.parser())
                .orElseThrow(() -> Refusal.of(
                        ErrorCode.FIRM_NOT_FOUND,
                        "no licensed firm " + firmId
                                + " is registered; a Participant's authority registers firms (`kpcs firm register`)"));
    }

    /** The firm exists and is not sanctioned: only then may a certificate, custody record or warranty name it. */
    public Firm requireLicensed(final String firmId) {
        final Firm firm = get(firmId);
        if (firm.getStatus() == FirmStatus.SANCTIONED) {
            final String why = firm.getSanctionsCount() == 0
                    ? ""
                    : " (" + firm.getSanctions(firm.getSanctionsCount() - 1).getReason() + ")";
            throw Refusal.of(
                    ErrorCode.FIRM_SANCTIONED,
                    "firm " + firmId + " was convicted or sanctioned" + why
                            + "; Annex II 6: no certificate or warranty may name it");
        }
        return firm;
    }

    /**
     * The caller is a user of an industry organisation with kp.role=firm acting for {@code firmId} (its kp.firm):
     * a firm acts only as itself.
     */
    public Firm requireActingFor(final Caller caller, final String firmId) {
        caller.requireRole(Role.FIRM);
        if (!SchemeSettings.isIndustry(ledger, caller.mspId())) {
            throw Refusal.of(
                    ErrorCode.WRONG_ORGANISATION,
                    "firm users are enrolled by the industry organisation, not " + caller.mspId()
                            + " (network/kpnet enroll WDC USER firm FIRM_ID)");
        }
        if (!firmId.equals(caller.firm())) {
            throw Refusal.of(
                    ErrorCode.NOT_YOUR_FIRM,
                    "the caller acts for firm " + (caller.firm() == null ? "(none: no kp.firm)" : caller.firm())
                            + ", not " + firmId);
        }
        return requireLicensed(firmId);
    }

    /**
     * Firms named in a Certificate's commercial details must be licensed by the Participant they trade from, and
     * not sanctioned (Annex II 6, 13).
     */
    public void checkNamedIn(final CommercialDetails details, final String exporter, final String importer) {
        checkTradesFrom(details.getExporter().getFirmId(), exporter, "exporter");
        checkTradesFrom(details.getImporter().getFirmId(), importer, "importer");
    }

    /** As {@link #checkNamedIn}, returning the problem instead (a confirmation disputes rather than refuses). */
    public List<String> problemsNamedIn(final CommercialDetails details, final String exporter, final String importer) {
        try {
            checkNamedIn(details, exporter, importer);
            return List.of();
        } catch (ChaincodeException e) {
            return List.of(e.getMessage());
        }
    }

    private void checkTradesFrom(final String firmId, final String participant, final String side) {
        if (firmId.isEmpty()) {
            return;
        }
        final Firm firm = requireLicensed(firmId);
        if (!firm.getCountry().equals(participant)) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "the " + side + ", firm " + firmId + ", is licensed by " + firm.getCountry() + ", not by "
                            + participant);
        }
    }

    public void save(final Firm firm) {
        ledger.write(key(firm.getFirmId()), firm);
        ledger.write(Keys.firmsOf(firm.getCountry()) + firm.getFirmId(), firm.getFirmId());
    }
}
