package org.kpcs.chaincode.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpcs.chaincode.testing.Trade;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.CustodyEvent;
import org.kpcs.protos.CustodyRecord;
import org.kpcs.protos.ImportReceipt;

class CertificateRulesTest {
    private static final Certificate CERT = Certificate.newBuilder()
            .setNumber("BW-1")
            .setDateOfExpiry("2026-05-01")
            .build();
    private static final Instant BEFORE_EXPIRY = Instant.parse("2026-04-01T10:00:00Z");

    @Test
    void numbers_begin_with_the_exporting_participants_code() {
        CertificateRules.checkNumber("BW-2026-000123", "BW");
        CertificateRules.checkNumber("BW2026A", "BW");
        assertThatThrownBy(() -> CertificateRules.checkNumber("AE-2026-1", "BW"))
                .hasMessageStartingWith("INVALID_ARGUMENT:")
                .hasMessageContaining("must begin with the exporting Participant's code BW");
        for (final String bad : new String[] {"bw-1", "B", "BW 1", "BW/1", "", "BW-" + "9".repeat(40)}) {
            assertThatThrownBy(() -> CertificateRules.checkNumber(bad, "BW"))
                    .as(bad)
                    .hasMessageStartingWith("INVALID_ARGUMENT:");
        }
    }

    @Test
    void only_the_three_rough_diamond_hs_codes_are_accepted() {
        CertificateRules.checkHsCode("7102.10");
        CertificateRules.checkHsCode("7102.21");
        CertificateRules.checkHsCode("7102.31");
        for (final String bad : new String[] {"7102.29", "7102.39", "7113.19", "710210", ""}) {
            assertThatThrownBy(() -> CertificateRules.checkHsCode(bad))
                    .as(bad)
                    .hasMessageStartingWith("INVALID_ARGUMENT:")
                    .hasMessageContaining("not a rough diamond code");
        }
    }

    @Test
    void origin_is_one_country_or_mixed_with_its_countries() {
        CertificateRules.checkOrigin("BW", List.of());
        CertificateRules.checkOrigin("MIXED", List.of("BW", "RU", "CA"));
        assertThatThrownBy(() -> CertificateRules.checkOrigin("XX", List.of()))
                .hasMessageContaining("not an ISO 3166-1 alpha-2 code");
        assertThatThrownBy(() -> CertificateRules.checkOrigin("MIXED", List.of("BW")))
                .hasMessageContaining("two or more distinct");
        assertThatThrownBy(() -> CertificateRules.checkOrigin("MIXED", List.of("BW", "BW")))
                .hasMessageContaining("two or more distinct");
        assertThatThrownBy(() -> CertificateRules.checkOrigin("MIXED", List.of("BW", "ZZ")))
                .hasMessageContaining("'ZZ'");
        assertThatThrownBy(() -> CertificateRules.checkOrigin("BW", List.of("RU", "CA")))
                .hasMessageContaining("only when the origin is MIXED");
    }

    @Test
    void carats_and_parcels_are_positive() {
        CertificateRules.checkQuantities(1, 1);
        assertThatThrownBy(() -> CertificateRules.checkQuantities(0, 1)).hasMessageContaining("carat weight");
        assertThatThrownBy(() -> CertificateRules.checkQuantities(-5, 1)).hasMessageContaining("-0.005 ct");
        assertThatThrownBy(() -> CertificateRules.checkQuantities(1000, 0)).hasMessageContaining("parcels");
    }

    @Test
    void container_ids_are_plain_identifiers() {
        CertificateRules.checkContainer("SEAL-BW-77001");
        CertificateRules.checkContainer("bag/2026.01_A");
        for (final String bad : new String[] {"", " x", "a b", "-x", "x".repeat(65)}) {
            assertThatThrownBy(() -> CertificateRules.checkContainer(bad))
                    .as(bad)
                    .hasMessageStartingWith("INVALID_ARGUMENT:");
        }
    }

    @Test
    void expiry_is_judged_by_the_transaction_timestamp() {
        assertThat(CertificateLifecycle.isExpired(CERT, Instant.parse("2026-05-01T23:59:59Z")))
                .isFalse();
        assertThat(CertificateLifecycle.isExpired(CERT, Instant.parse("2026-05-02T00:00:00Z")))
                .isTrue();
    }

    @Test
    void commercial_details_need_value_parties_invoice_and_salt() {
        CertificateRules.checkDetails(Trade.details().build());
        assertThatThrownBy(() -> CertificateRules.checkDetails(
                        Trade.details().setValueUsdCents(0).build()))
                .hasMessageStartingWith("DETAILS_REQUIRED:");
        assertThatThrownBy(() -> CertificateRules.checkDetails(
                        Trade.details().clearImporter().build()))
                .hasMessageContaining("identified");
        assertThatThrownBy(() -> CertificateRules.checkDetails(
                        Trade.details().setInvoiceReference("").build()))
                .hasMessageContaining("invoice");
        assertThatThrownBy(() -> CertificateRules.checkDetails(
                        Trade.details().setSalt("short").build()))
                .hasMessageContaining("salt");
    }

    @Test
    void the_hash_is_stable_and_changes_with_any_detail() {
        final CommercialDetails details = Trade.details().build();
        assertThat(CertificateRules.hash(details))
                .isEqualTo(CertificateRules.hash(Trade.details().build()))
                .hasSize(64);
        assertThat(CertificateRules.hash(details.toBuilder().setValueUsdCents(1).build()))
                .isNotEqualTo(CertificateRules.hash(details));
        assertThat(CertificateRules.hash(
                        details.toBuilder().setInvoiceReference("INV-X").build()))
                .isNotEqualTo(CertificateRules.hash(details));
        assertThat(CertificateRules.hash(
                        details.toBuilder().setSalt("another-salt-of-16+").build()))
                .isNotEqualTo(CertificateRules.hash(details));
    }

    @Test
    void status_follows_the_records() {
        final ImportReceipt none = ImportReceipt.getDefaultInstance();
        final CustodyRecord sealed =
                CustodyRecord.newBuilder().setEvent(CustodyEvent.SEALED).build();
        final CustodyRecord transit =
                CustodyRecord.newBuilder().setEvent(CustodyEvent.TRANSIT).build();
        final CustodyRecord broken = transit.toBuilder().setDiscrepancy(true).build();
        assertThat(CertificateLifecycle.status(CERT, none, List.of(), BEFORE_EXPIRY))
                .isEqualTo(CertificateStatus.ISSUED);
        assertThat(CertificateLifecycle.status(CERT, none, List.of(sealed), BEFORE_EXPIRY))
                .isEqualTo(CertificateStatus.SEALED_FOR_EXPORT);
        assertThat(CertificateLifecycle.status(CERT, none, List.of(sealed, transit), BEFORE_EXPIRY))
                .isEqualTo(CertificateStatus.IN_TRANSIT);
        assertThat(CertificateLifecycle.status(CERT, none, List.of(sealed, broken), BEFORE_EXPIRY))
                .isEqualTo(CertificateStatus.DISPUTED);
        final ImportReceipt arrived = none.toBuilder().setArrived(true).build();
        assertThat(CertificateLifecycle.status(CERT, arrived, List.of(sealed), BEFORE_EXPIRY))
                .isEqualTo(CertificateStatus.ARRIVED_AT_IMPORT);
        assertThat(CertificateLifecycle.status(CERT, arrived, List.of(sealed), Instant.parse("2026-06-01T00:00:00Z")))
                .isEqualTo(CertificateStatus.EXPIRED);
        final ImportReceipt confirmed = arrived.toBuilder().setConfirmed(true).build();
        assertThat(CertificateLifecycle.status(CERT, confirmed, List.of(sealed), Instant.parse("2026-06-01T00:00:00Z")))
                .as("a confirmed certificate stays confirmed after expiry")
                .isEqualTo(CertificateStatus.CONFIRMED);
        assertThat(CertificateLifecycle.status(
                        CERT.toBuilder().setVoided(true).build(), none, List.of(), BEFORE_EXPIRY))
                .isEqualTo(CertificateStatus.VOID);
    }
}
