package org.kpcs.chaincode.certificate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.kpcs.chaincode.ledger.Dates;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.participant.CountryCodes;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.ImportReceipt;
import org.kpcs.protos.IssueCertificateRequest;

/** The rules a Kimberley Process Certificate must satisfy, each named by the KPCS text it implements. */
public final class CertificateRules {
    /** Annex I: every Certificate bears this title. */
    public static final String TITLE = "Kimberley Process Certificate";

    /** Annex I: every Certificate bears this statement. */
    public static final String KP_STATEMENT = "The rough diamonds in this shipment have been handled in accordance"
            + " with the provisions of the Kimberley Process Certification Scheme for rough diamonds";

    /** Section I "Rough diamonds": only these Harmonised System codes are rough diamonds. */
    public static final List<String> HS_CODES = List.of("7102.10", "7102.21", "7102.31");

    /** The origin of a parcel of mixed origin (Section I "Parcel of mixed origin"). */
    public static final String MIXED = "MIXED";

    private static final Pattern NUMBER = Pattern.compile("[A-Z]{2}[A-Z0-9-]{1,38}");
    private static final Pattern CONTAINER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");
    private static final int MIN_SALT = 16;

    private CertificateRules() {}

    /** Annex I: unique numbering with the exporting Participant's alpha-2 code. */
    public static void checkNumber(final String number, final String exportingParticipant) {
        if (number == null || !NUMBER.matcher(number).matches()) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "certificate number '" + number
                            + "' must be the exporting Participant's alpha-2 code followed by up to 38 capital letters, digits"
                            + " or hyphens, such as " + exportingParticipant + "-2026-000123");
        }
        if (!number.startsWith(exportingParticipant)) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "certificate number " + number + " must begin with the exporting Participant's code "
                            + exportingParticipant + " (Annex I)");
        }
    }

    /** Section I: rough diamonds are HS 7102.10, 7102.21 and 7102.31 only. */
    public static void checkHsCode(final String hsCode) {
        if (!HS_CODES.contains(hsCode)) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "HS code '" + hsCode + "' is not a rough diamond code; use one of " + HS_CODES
                            + " (KPCS Section I, 'Rough diamonds')");
        }
    }

    /** Annex I: country of origin, or mixed origin with every country it contains. */
    public static void checkOrigin(final String origin, final List<String> mixedOrigins) {
        if (MIXED.equals(origin)) {
            final Set<String> distinct = new HashSet<>(mixedOrigins);
            if (distinct.size() < 2 || distinct.size() != mixedOrigins.size()) {
                throw Refusal.of(
                        ErrorCode.INVALID_ARGUMENT,
                        "a parcel of mixed origin lists two or more distinct countries" + " of origin; got "
                                + mixedOrigins);
            }
            mixedOrigins.forEach(CertificateRules::checkCountry);
            return;
        }
        if (!mixedOrigins.isEmpty()) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "countries of mixed origin are listed only when the origin is " + MIXED + "; origin is " + origin);
        }
        checkCountry(origin);
    }

    private static void checkCountry(final String code) {
        if (!CountryCodes.isValid(code)) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "country of origin '" + code + "' is not an ISO 3166-1 alpha-2 code (or " + MIXED + ")");
        }
    }

    /** Carats and parcels are positive. */
    public static void checkQuantities(final long caratWeightMilli, final int parcels) {
        if (caratWeightMilli <= 0) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "carat weight must be positive, got " + Carats.format(caratWeightMilli));
        }
        if (parcels <= 0) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "number of parcels must be positive, got " + parcels);
        }
    }

    /** KPCS IV(c): the shipment travels in an identified tamper-resistant container. */
    public static void checkContainer(final String containerId) {
        if (containerId == null || !CONTAINER.matcher(containerId).matches()) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "container id '" + containerId
                            + "' must be 1 to 64 letters, digits, '.', '_', '/' or '-', as marked on the sealed container");
        }
    }

    /** Commercial details must identify both parties, the invoice and the value, with a salt for the hash. */
    public static void checkDetails(final CommercialDetails details) {
        if (details.getValueUsdCents() <= 0) {
            throw Refusal.of(ErrorCode.DETAILS_REQUIRED, "the value in US$ must be positive (Annex I)");
        }
        if (details.getExporter().getName().isBlank()
                || details.getImporter().getName().isBlank()) {
            throw Refusal.of(ErrorCode.DETAILS_REQUIRED, "the exporter and the importer must be identified (Annex I)");
        }
        if (details.getInvoiceReference().isBlank()) {
            throw Refusal.of(ErrorCode.DETAILS_REQUIRED, "the invoice reference is required");
        }
        if (details.getSalt().length() < MIN_SALT) {
            throw Refusal.of(
                    ErrorCode.DETAILS_REQUIRED,
                    "the details need a random salt of at least " + MIN_SALT
                            + " characters, so that their public hash cannot be guessed");
        }
    }

    /** SHA-256 (hex) of the details' deterministic encoding: what the public Certificate records. */
    public static String hash(final CommercialDetails details) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Ledger.bytes(details)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** KPCS III: a Certificate accompanies a shipment to another Participant. */
    public static void checkDifferentParticipants(final String exporter, final String importer) {
        if (importer.equals(exporter)) {
            throw Refusal.of(
                    ErrorCode.SAME_PARTICIPANT,
                    "a Certificate accompanies a shipment to another Participant; " + exporter
                            + " cannot be both exporter and importer");
        }
    }

    /** KPCS III(d): transit Participants are declared at issuance; distinct, and neither end of the trade. */
    public static void checkTransitDeclared(final List<String> transit, final String exporter, final String importer) {
        if (new HashSet<>(transit).size() != transit.size()) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "a transit Participant is listed twice: " + transit);
        }
        for (final String code : transit) {
            if (code.equals(exporter) || code.equals(importer)) {
                throw Refusal.of(
                        ErrorCode.INVALID_ARGUMENT,
                        code + " is an end of this shipment; transit Participants are those it crosses on the way");
            }
        }
    }

    /** Annex II 18: the exporter's declaration; Annex I: the issuing authority is named. */
    public static void checkDeclarationAndAuthority(final IssueCertificateRequest request) {
        if (!request.getConflictFreeDeclaration()) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "the exporter must declare that the rough diamonds are not conflict diamonds before the"
                            + " Certificate is validated (Annex II 18)");
        }
        if (request.getIssuingAuthority().isBlank()) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "the issuing authority must be named (Annex I)");
        }
    }

    /** Annex I: the date of expiry comes after the date of issue. */
    public static LocalDate checkExpiry(final String dateOfExpiry, final LocalDate issued) {
        final LocalDate expiry = Dates.parse("date of expiry", dateOfExpiry);
        if (!expiry.isAfter(issued)) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "date of expiry " + expiry + " must be after the date of issue " + issued + " (Annex I)");
        }
        return expiry;
    }

    /**
     * Annex II 22, KPCS III(d), IV(c): what an authority inspecting the container found wrong: another container
     * than the Certificate's, or a broken seal. Any problem disputes the Certificate.
     */
    public static List<String> sealProblems(
            final Certificate certificate, final String containerId, final boolean intact) {
        final List<String> problems = new ArrayList<>();
        if (!certificate.getContainerId().equals(containerId)) {
            problems.add("container " + containerId + " is not the container on the Certificate ("
                    + certificate.getContainerId() + ")");
        }
        if (!intact) {
            problems.add("the seal of container " + containerId + " was found broken or tampered with");
        }
        return problems;
    }

    /** KPCS III(b): the date of receipt lies between the recorded arrival and the transaction's date. */
    public static LocalDate checkReceiptDate(
            final String dateOfReceipt, final ImportReceipt receipt, final Instant txTime) {
        final LocalDate received = Dates.parse("date of receipt", dateOfReceipt);
        final LocalDate arrived =
                Dates.of(Instant.ofEpochSecond(receipt.getArrivedAt().getSeconds()));
        if (received.isBefore(arrived) || received.isAfter(Dates.of(txTime))) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "date of receipt " + received + " must lie between the recorded arrival (" + arrived
                            + ") and today");
        }
        return received;
    }

    /**
     * The Certificate must be in one of the {@code allowed} states for this step; otherwise the refusal names
     * the rule its state breaks.
     */
    public static void requireStatus(
            final CertificateView view, final String what, final CertificateStatus... allowed) {
        for (final CertificateStatus status : allowed) {
            if (view.getStatus() == status) {
                return;
            }
        }
        final String number = view.getCertificate().getNumber();
        switch (view.getStatus()) {
            case VOID -> throw Refusal.of(ErrorCode.CERTIFICATE_VOID, "Certificate " + number + " is void");
            case CONFIRMED ->
                throw Refusal.of(
                        ErrorCode.ALREADY_CONFIRMED,
                        "Certificate " + number + " is already confirmed (once only, KPCS III(b)) and can no longer be "
                                + what);
            case EXPIRED ->
                throw Refusal.of(
                        ErrorCode.CERTIFICATE_EXPIRED,
                        "Certificate " + number + " expired on "
                                + view.getCertificate().getDateOfExpiry()
                                + "; the exporter must void it and issue a new one");
            case DISPUTED ->
                throw Refusal.of(
                        ErrorCode.INVALID_STATE,
                        "Certificate " + number + " is disputed; the Chair and the"
                                + " Participants settle it before it can be " + what);
            default ->
                throw Refusal.of(
                        ErrorCode.INVALID_STATE,
                        "Certificate " + number + " is " + view.getStatus() + " and cannot be " + what
                                + " now; it must be " + Arrays.toString(allowed));
        }
    }
}
