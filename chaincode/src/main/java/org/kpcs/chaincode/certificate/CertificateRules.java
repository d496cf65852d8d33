package org.kpcs.chaincode.certificate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.participant.CountryCodes;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.CustodyEvent;
import org.kpcs.protos.CustodyRecord;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.ImportReceipt;

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

    public static LocalDate parseDate(final String field, final String value) {
        try {
            return LocalDate.parse(value == null ? "" : value);
        } catch (DateTimeParseException e) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, field + " '" + value + "' is not a date (yyyy-mm-dd)", e);
        }
    }

    /** The calendar date (UTC) of a transaction's timestamp. */
    public static LocalDate dateOf(final Instant txTime) {
        return LocalDate.ofInstant(txTime, ZoneOffset.UTC);
    }

    /** Expiry is judged by the transaction's timestamp, which every endorser agrees on, never the wall clock. */
    public static boolean isExpired(final Certificate certificate, final Instant txTime) {
        return dateOf(txTime).isAfter(LocalDate.parse(certificate.getDateOfExpiry()));
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

    /** What a Certificate's records add up to, at the time of the transaction that asks. */
    public static CertificateStatus status(
            final Certificate certificate,
            final ImportReceipt receipt,
            final List<CustodyRecord> custody,
            final Instant txTime) {
        if (certificate.getVoided()) {
            return CertificateStatus.VOID;
        }
        if (receipt.getConfirmed()) {
            return CertificateStatus.CONFIRMED;
        }
        if (receipt.getDisputed() || custody.stream().anyMatch(CustodyRecord::getDiscrepancy)) {
            return CertificateStatus.DISPUTED;
        }
        if (isExpired(certificate, txTime)) {
            return CertificateStatus.EXPIRED;
        }
        if (receipt.getArrived()) {
            return CertificateStatus.ARRIVED_AT_IMPORT;
        }
        if (custody.stream().anyMatch(c -> c.getEvent() == CustodyEvent.TRANSIT)) {
            return CertificateStatus.IN_TRANSIT;
        }
        if (custody.stream().anyMatch(c -> c.getEvent() == CustodyEvent.SEALED)) {
            return CertificateStatus.SEALED_FOR_EXPORT;
        }
        return CertificateStatus.ISSUED;
    }
}
