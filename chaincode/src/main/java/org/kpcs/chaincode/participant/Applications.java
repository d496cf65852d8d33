package org.kpcs.chaincode.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.kpcs.chaincode.ledger.Dates;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.protos.Authority;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.Participant;
import org.kpcs.protos.RecordApplicationRequest;

/**
 * The rules of an application to participate (KPCS VI 8-9): an applicant notifies the Chair with the
 * information of Section V(a) (its designated authorities, and its laws with a synopsis in English), and the
 * notification is circulated to every Participant within one month.
 */
public final class Applications {
    /** The designated authorities an applicant may name (KPCS IV(b), V(a)). */
    static final Set<String> AUTHORITY_ROLES = Set.of("exporting-authority", "importing-authority", "customs");

    private static final Pattern MSP_ID = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,63}");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private Applications() {}

    /**
     * Checks the notification's content; returns whether it is circulated (today) within one month of the
     * Chair receiving it.
     */
    public static boolean check(final RecordApplicationRequest request, final LocalDate today) {
        if (!CountryCodes.isValid(request.getCode())) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "'" + request.getCode() + "' is not an ISO 3166-1 alpha-2 code (or EU); use two capital letters");
        }
        if (request.getName().isBlank()) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "the applicant " + request.getCode() + " needs a name");
        }
        if (!MSP_ID.matcher(request.getMspId()).matches()) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "MSP id '" + request.getMspId() + "': the Fabric organisation that will speak for "
                            + request.getCode() + ", such as " + request.getCode() + "MSP");
        }
        checkAuthorities(request.getAuthoritiesList());
        for (final String hash : request.getLawHashesList()) {
            checkHash("law hash", hash);
        }
        if (!request.getCertificateFeaturesHash().isEmpty()) {
            checkHash("certificate features hash", request.getCertificateFeaturesHash());
        }
        if (request.getLawsSynopsis().isBlank()) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "KPCS V(a): the notification includes a synopsis in English of the applicant's laws and procedures");
        }
        final LocalDate notified = Dates.parse("notified on", request.getNotifiedOn());
        if (notified.isAfter(today)) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "the notification is dated " + notified + ", after today (" + today + ")");
        }
        return !today.isAfter(notified.plusMonths(1));
    }

    /** At least one designated authority, each with a known role and a name (KPCS V(a), IV(b)). */
    public static void checkAuthorities(final List<Authority> authorities) {
        if (authorities.isEmpty()) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "KPCS V(a): a notification identifies the designated authorities (at least one)");
        }
        for (final Authority authority : authorities) {
            if (!AUTHORITY_ROLES.contains(authority.getRole())
                    || authority.getName().isBlank()) {
                throw Refusal.of(
                        ErrorCode.INVALID_ARGUMENT,
                        "designated authority '" + authority.getRole() + "=" + authority.getName() + "': a role among "
                                + AUTHORITY_ROLES.stream().sorted().toList() + " and a name");
            }
        }
    }

    /** A document's hash is SHA-256, 64 lower-case hexadecimal digits. */
    public static void checkHash(final String what, final String hash) {
        if (!SHA256_HEX.matcher(hash).matches()) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    what + " '" + hash + "' is not a SHA-256 hash (64 lower-case hexadecimal digits)");
        }
    }

    /** The code and the organisation are new to the registry: one record per state and per organisation. */
    public static void checkNew(final List<Participant> registry, final String code, final String mspId) {
        for (final Participant p : registry) {
            if (p.getCode().equals(code) || p.getMspId().equals(mspId)) {
                throw Refusal.of(
                        ErrorCode.ALREADY_REGISTERED,
                        p.getCode() + " (" + p.getMspId() + ") is already in the registry as " + p.getStatus()
                                + "; `kpcs participant show " + p.getCode() + "` shows it");
            }
        }
    }
}
