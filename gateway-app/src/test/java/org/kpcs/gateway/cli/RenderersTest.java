package org.kpcs.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificatePage;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.CustodyEvent;
import org.kpcs.protos.CustodyRecord;
import org.kpcs.protos.FirmYearReconciliation;
import org.kpcs.protos.ImportReceipt;
import org.kpcs.protos.OriginShare;
import org.kpcs.protos.Participant;
import org.kpcs.protos.ParticipantList;
import org.kpcs.protos.ParticipantStatus;
import org.kpcs.protos.PlenaryApproval;
import org.kpcs.protos.SourceKind;
import org.kpcs.protos.StatusProposal;
import org.kpcs.protos.StatusProposalList;
import org.kpcs.protos.TraceNode;
import org.kpcs.protos.Warranty;
import org.kpcs.protos.WarrantyTrace;

/** What people read: each domain's text renderer. */
class RenderersTest {
    private static <T> String text(final BiConsumer<PrintWriter, T> renderer, final T record) {
        final StringWriter out = new StringWriter();
        renderer.accept(new PrintWriter(out, true), record);
        return out.toString();
    }

    private static final Certificate BW = Certificate.newBuilder()
            .setTitle("Kimberley Process Certificate")
            .setNumber("BW-2026-1")
            .setExportingParticipant("BW")
            .setImportingParticipant("AE")
            .setOrigin("BW")
            .setCaratWeightMilli(12_500_250)
            .setNumberOfParcels(3)
            .setHsCode("7102.10")
            .setContainerId("SEAL-1")
            .build();

    @Test
    void the_registry_is_a_table_with_a_count() {
        final String text = text(
                RegistryText::participants,
                ParticipantList.newBuilder()
                        .addParticipants(Participant.newBuilder()
                                .setCode("BW")
                                .setName("Botswana")
                                .setMspId("BWMSP")
                                .setStatus(ParticipantStatus.ACTIVE))
                        .addParticipants(Participant.newBuilder()
                                .setCode("IN")
                                .setName("India")
                                .setMspId("INMSP")
                                .setStatus(ParticipantStatus.SUSPENDED))
                        .build());
        assertThat(text.lines()).hasSize(4);
        assertThat(text).contains("IN    India").contains("SUSPENDED").endsWith("2 Participants\n");
    }

    @Test
    void an_applicant_shows_its_authorities_laws_and_circulation() {
        final String text = text(
                RegistryText::participant,
                Participant.newBuilder()
                        .setCode("ZA")
                        .setName("South Africa")
                        .setMspId("ZAMSP")
                        .setStatus(ParticipantStatus.APPLICANT)
                        .addAuthorities(org.kpcs.protos.Authority.newBuilder()
                                .setRole("exporting-authority")
                                .setName("Regulator"))
                        .addLawHashes("ab12")
                        .setApplication(org.kpcs.protos.Application.newBuilder()
                                .setNotifiedOn("2026-02-20")
                                .setLawsSynopsis("Diamonds Act")
                                .setCirculatedWithinMonth(false))
                        .build());
        assertThat(text)
                .contains("status:        APPLICANT")
                .contains("authority:     exporting-authority Regulator")
                .contains("law (sha256):  ab12")
                .contains("notified 2026-02-20")
                .contains("(after a month)")
                .contains("laws synopsis: Diamonds Act")
                .doesNotContain("acceded");
    }

    @Test
    void a_proposal_shows_who_approved_and_how_many_are_needed() {
        final StatusProposal proposal = StatusProposal.newBuilder()
                .setId("tx1")
                .setParticipantCode("IN")
                .setProposedStatus(ParticipantStatus.SUSPENDED)
                .setRequiredApprovals(2)
                .addElectorate("BW")
                .addElectorate("AE")
                .addElectorate("IN")
                .addApprovals(PlenaryApproval.newBuilder().setParticipantCode("AE"))
                .build();
        assertThat(text(RegistryText::proposal, proposal))
                .contains("Proposal tx1: IN -> SUSPENDED")
                .contains("1 of 2 needed (electorate: BW, AE, IN)")
                .contains("approved by: AE");
        assertThat(text(RegistryText::proposals, StatusProposalList.getDefaultInstance()))
                .isEqualTo("No open status proposals.\n");
    }

    @Test
    void a_disputed_certificate_shows_the_discrepancy_and_the_reason() {
        final CertificateView view = CertificateView.newBuilder()
                .setCertificate(BW)
                .setStatus(CertificateStatus.DISPUTED)
                .addCustody(CustodyRecord.newBuilder()
                        .setEvent(CustodyEvent.ARRIVED)
                        .setParticipant("AE")
                        .setContainerId("SEAL-9")
                        .setDiscrepancy(true))
                .setReceipt(ImportReceipt.newBuilder().addDisputeReasons("container SEAL-9 is not SEAL-1"))
                .build();
        assertThat(text(CertificateText::certificate, view))
                .contains("BW-2026-1  [DISPUTED]")
                .contains("12500.250 ct in 3 parcel(s)")
                .contains("seal BROKEN  << DISCREPANCY")
                .contains("DISPUTED: container SEAL-9 is not SEAL-1");
    }

    @Test
    void a_page_says_how_to_get_the_next_one() {
        final CertificatePage page = CertificatePage.newBuilder()
                .addCertificates(CertificateView.newBuilder().setCertificate(BW).setStatus(CertificateStatus.ISSUED))
                .setBookmark("IDX~next")
                .build();
        assertThat(text(CertificateText::page, page))
                .contains("BW-2026-1")
                .contains("ISSUED")
                .contains("1 Certificate(s); more with --bookmark IDX~next");
    }

    @Test
    void a_trace_indents_by_depth_and_names_the_origins() {
        final WarrantyTrace trace = WarrantyTrace.newBuilder()
                .setRoot("INV-2")
                .setRootKind(SourceKind.INVOICE)
                .setRootMilli(2_500_000)
                .setNodesVisited(2)
                .addNodes(TraceNode.newBuilder()
                        .setKind(SourceKind.INVOICE)
                        .setRef("INV-2")
                        .setSellerFirm("AE-F-TRADE")
                        .setBuyerFirm("IN-F-CUT")
                        .setContributesMilli(2_500_000))
                .addNodes(TraceNode.newBuilder()
                        .setKind(SourceKind.CERTIFICATE)
                        .setRef("BW-2026-1")
                        .setDepth(1)
                        .setVia("INV-2")
                        .setExportingParticipant("BW")
                        .setImportingParticipant("AE")
                        .setOrigin("BW")
                        .setContributesMilli(2_500_000))
                .addOrigins(OriginShare.newBuilder()
                        .setOrigin("BW")
                        .setCertificateNumber("BW-2026-1")
                        .setContributesMilli(2_500_000))
                .build();
        assertThat(text(IndustryText::trace, trace).lines())
                .containsExactly(
                        "Trace of INVOICE INV-2 (2500.000 ct), 2 record(s)",
                        "  INVOICE INV-2: AE-F-TRADE -> IN-F-CUT  (accounts for 2500.000 ct)",
                        "    CERTIFICATE BW-2026-1: KP Certificate BW -> AE, origin BW  (accounts for 2500.000 ct;"
                                + " drawn by INV-2)",
                        "  origin BW via BW-2026-1: 2500.000 ct");
    }

    @Test
    void a_reconciliation_adds_up_carats_in_and_out() {
        final FirmYearReconciliation year = FirmYearReconciliation.newBuilder()
                .setFirmId("AE-F-GULF")
                .setYear(2026)
                .setAttested(true)
                .addIssued(Warranty.newBuilder()
                        .setInvoiceId("INV-1")
                        .setBuyerFirm("AE-F-TRADE")
                        .setCaratWeightMilli(4_000_000))
                .setCaratsInMilli(12_500_250)
                .setCaratsOutMilli(4_000_000)
                .build();
        assertThat(text(IndustryText::reconciliation, year))
                .contains("Firm AE-F-GULF, year 2026 (attested)")
                .contains("issued     INV-1 to AE-F-TRADE: 4000.000 ct")
                .contains("carats in 12500.250, carats out 4000.000");
    }
}
