package org.kpcs.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kpcs.gateway.certificate.Certificates;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.client.KpcsException;
import org.kpcs.gateway.industry.Industry;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ConfirmImportRequest;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.FirmStatus;
import org.kpcs.protos.FirmYearReconciliation;
import org.kpcs.protos.IssueCertificateRequest;
import org.kpcs.protos.IssueWarrantyRequest;
import org.kpcs.protos.OriginShare;
import org.kpcs.protos.PartyIdentification;
import org.kpcs.protos.RecordTransformationRequest;
import org.kpcs.protos.SourceDraw;
import org.kpcs.protos.SourceKind;
import org.kpcs.protos.TraceNode;
import org.kpcs.protos.WarrantyStatementVersion;
import org.kpcs.protos.WarrantyTrace;

/** The industry's chain of warranties on the real network: firms, warranties, polishing, tracing, audit. */
class WarrantyE2E {
    private static final String RUN =
            UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    /** User names are lower case. */
    private static final String USER = RUN.toLowerCase(Locale.ROOT);

    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    private static final String GULF = "AE-F-GULF-" + RUN;
    private static final String TRADER = "AE-F-TRADE-" + RUN;
    private static final String CUTTER = "IN-F-CUT-" + RUN;
    private static final String CERT = "BW-W-" + RUN;
    private static final String HASH = "c".repeat(64);

    @BeforeAll
    static void importedByAFirm() {
        try (KpGateway ae = LocalNetwork.as("AE", "importer");
                KpGateway in = LocalNetwork.as("IN", "importer")) {
            Industry.of(ae).registerFirm(Trades.firm(GULF, "AE"));
            Industry.of(ae).registerFirm(Trades.firm(TRADER, "AE"));
            Industry.of(in).registerFirm(Trades.firm(CUTTER, "IN"));
        }
        LocalNetwork.enroll("WDC", "gulf-" + USER, "firm", GULF);
        LocalNetwork.enroll("WDC", "trader-" + USER, "firm", TRADER);
        LocalNetwork.enroll("WDC", "cutter-" + USER, "firm", CUTTER);
        final CommercialDetails details = CommercialDetails.newBuilder()
                .setValueUsdCents(100_000_00)
                .setExporter(PartyIdentification.newBuilder().setName("Okavango Diamond Company"))
                .setImporter(PartyIdentification.newBuilder().setName("Gulf").setFirmId(GULF))
                .setInvoiceReference("INV-" + RUN)
                .setSalt(UUID.randomUUID().toString())
                .build();
        try (KpGateway exporter = LocalNetwork.as("BW", "exporter");
                KpGateway customs = LocalNetwork.as("BW", "customs");
                KpGateway importer = LocalNetwork.as("AE", "importer")) {
            Certificates.of(exporter)
                    .issue(
                            IssueCertificateRequest.newBuilder()
                                    .setNumber(CERT)
                                    .setImportingParticipant("AE")
                                    .setOrigin("BW")
                                    .setIssuingAuthority("Government Diamond Valuator")
                                    .setDateOfExpiry(LocalDate.now(ZoneOffset.UTC)
                                            .plusDays(30)
                                            .toString())
                                    .setCaratWeightMilli(10_000_000)
                                    .setNumberOfParcels(2)
                                    .setHsCode("7102.10")
                                    .setContainerId("SEAL-" + CERT)
                                    .setConflictFreeDeclaration(true)
                                    .build(),
                            details);
            Certificates.of(customs).seal(CERT, "SEAL-" + CERT, "");
            Trades.awaitOnEveryParticipantsPeer(CERT, CertificateStatus.SEALED_FOR_EXPORT);
            Certificates.of(importer).arrive(CERT, "SEAL-" + CERT, true, "");
            Certificates.of(importer)
                    .confirm(
                            ConfirmImportRequest.newBuilder()
                                    .setCertificateNumber(CERT)
                                    .setNumberOfParcels(2)
                                    .setCaratWeightMilli(10_000_000)
                                    .setDateOfReceipt(TODAY)
                                    .build(),
                            details);
        }
    }

    @AfterAll
    static void closeChannels() {
        LocalNetwork.CHANNELS.close();
    }

    private static SourceDraw draw(final SourceKind kind, final String ref, final long milli) {
        return SourceDraw.newBuilder()
                .setKind(kind)
                .setRef(ref)
                .setCaratWeightMilli(milli)
                .build();
    }

    private static IssueWarrantyRequest warranty(
            final String invoice, final String seller, final String buyer, final SourceDraw source) {
        return IssueWarrantyRequest.newBuilder()
                .setInvoiceId(invoice)
                .setSellerFirm(seller)
                .setBuyerFirm(buyer)
                .setInvoiceDate(TODAY)
                .setStatementVersion(WarrantyStatementVersion.SOW_REVISED)
                .addSources(source)
                .setInvoiceHash(HASH)
                .build();
    }

    @Test
    void the_chain_of_warranties_traces_back_to_botswanas_certificate_and_origin() {
        final String w1 = "W1-" + RUN;
        final String w2 = "W2-" + RUN;
        final String cut = "CUT-" + RUN;
        try (KpGateway gulf = LocalNetwork.as("WDC", "gulf-" + USER);
                KpGateway trader = LocalNetwork.as("WDC", "trader-" + USER);
                KpGateway cutter = LocalNetwork.as("WDC", "cutter-" + USER)) {
            Industry.of(gulf).issueWarranty(warranty(w1, GULF, TRADER, draw(SourceKind.CERTIFICATE, CERT, 4_000_000)));
            Industry.of(trader).issueWarranty(warranty(w2, TRADER, CUTTER, draw(SourceKind.INVOICE, w1, 2_500_000)));
            Industry.of(cutter)
                    .transform(RecordTransformationRequest.newBuilder()
                            .setTransformationId(cut)
                            .setFirm(CUTTER)
                            .addInputs(draw(SourceKind.INVOICE, w2, 2_500_000))
                            .setOutputMilli(1_000_000)
                            .setDate(TODAY)
                            .build());
        }
        try (KpGateway observer = LocalNetwork.as("CSO", "observer")) {
            final WarrantyTrace back = Industry.of(observer).trace(SourceKind.INVOICE, w2);
            assertThat(back.getNodesList()).extracting(TraceNode::getRef).containsExactly(w2, w1, CERT);
            assertThat(back.getOriginsList())
                    .extracting(OriginShare::getOrigin, OriginShare::getContributesMilli)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("BW", 2_500_000L));
            final WarrantyTrace polished = Industry.of(observer).trace(SourceKind.TRANSFORMATION, cut);
            assertThat(polished.getNodesList()).extracting(TraceNode::getRef).containsExactly(cut, w2, w1, CERT);
            assertThat(Industry.of(observer).traceCertificate(CERT).getNodesList())
                    .extracting(TraceNode::getRef)
                    .containsExactly(CERT, w1, w2, cut);
        }
    }

    @Test
    void over_warranting_by_a_thousandth_of_a_carat_is_refused_and_changes_nothing() {
        try (KpGateway gulf = LocalNetwork.as("WDC", "gulf-" + USER)) {
            final Industry industry = Industry.of(gulf);
            final long left = industry.balance(SourceKind.CERTIFICATE, CERT).getRemainingMilli();
            final KpcsException refused = catchThrowableOfType(
                    KpcsException.class,
                    () -> industry.issueWarranty(
                            warranty("W-OVER-" + RUN, GULF, TRADER, draw(SourceKind.CERTIFICATE, CERT, left + 1))));
            assertThat(refused.code()).isEqualTo(ErrorCode.OVER_WARRANTED);
            assertThat(industry.balance(SourceKind.CERTIFICATE, CERT).getRemainingMilli())
                    .isEqualTo(left);
        }
    }

    @Test
    void a_firm_user_cannot_act_as_another_firm() {
        try (KpGateway trader = LocalNetwork.as("WDC", "trader-" + USER)) {
            final KpcsException refused = catchThrowableOfType(
                    KpcsException.class,
                    () -> Industry.of(trader)
                            .issueWarranty(
                                    warranty("W-ROGUE-" + RUN, GULF, TRADER, draw(SourceKind.CERTIFICATE, CERT, 1))));
            assertThat(refused.stage()).isEqualTo(KpcsException.Stage.ENDORSEMENT);
            assertThat(refused.code()).isEqualTo(ErrorCode.NOT_YOUR_FIRM);
        }
    }

    @Test
    void a_sanctioned_firm_is_shut_out() {
        final String sanctioned = "AE-F-BAD-" + RUN;
        try (KpGateway ae = LocalNetwork.as("AE", "importer");
                KpGateway in = LocalNetwork.as("IN", "exporter")) {
            Industry.of(ae).registerFirm(Trades.firm(sanctioned, "AE"));
            // IN's peer, which the sanction is simulated on first, may commit AE's registration a moment later
            NetworkNodes.await(
                    "IN's peer knows " + sanctioned,
                    java.time.Duration.ofSeconds(30),
                    () -> Industry.of(in).firm(sanctioned) != null);
            assertThat(Industry.of(in)
                            .sanction(sanctioned, "convicted of smuggling", "case " + RUN)
                            .getStatus())
                    .isEqualTo(FirmStatus.SANCTIONED);
        }
        try (KpGateway gulf = LocalNetwork.as("WDC", "gulf-" + USER)) {
            final KpcsException refused = catchThrowableOfType(
                    KpcsException.class,
                    () -> Industry.of(gulf)
                            .issueWarranty(
                                    warranty("W-BAD-" + RUN, GULF, sanctioned, draw(SourceKind.CERTIFICATE, CERT, 1))));
            assertThat(refused.code()).isEqualTo(ErrorCode.FIRM_SANCTIONED);
        }
    }

    @Test
    void an_auditor_attests_a_reconciled_year() {
        final int year = LocalDate.now(ZoneOffset.UTC).getYear();
        try (KpGateway auditor = LocalNetwork.as("WDC", "auditor")) {
            Industry.of(auditor).attest(CUTTER, year, "Antwerp Audit BV", HASH, "reconciled");
            final FirmYearReconciliation year1 = Industry.of(auditor).reconcile(CUTTER, year);
            assertThat(year1.getAttested()).isTrue();
            final KpcsException again = catchThrowableOfType(
                    KpcsException.class,
                    () -> Industry.of(auditor).attest(CUTTER, year, "Antwerp Audit BV", HASH, "again"));
            assertThat(again.code()).isEqualTo(ErrorCode.ALREADY_ATTESTED);
        }
        try (KpGateway observer = LocalNetwork.as("CSO", "observer")) {
            assertThat(Industry.of(observer).attestations(CUTTER).getAttestationsList())
                    .hasSize(1);
            final KpcsException refused = catchThrowableOfType(
                    KpcsException.class, () -> Industry.of(observer).attest(GULF, year, "X", HASH, "observer"));
            assertThat(refused.code()).isEqualTo(ErrorCode.OBSERVER_READ_ONLY);
        }
    }
}
