package org.kpcs.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kpcs.protos.Attestation;
import org.kpcs.protos.CertificateEvent;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.ChairHandOver;
import org.kpcs.protos.Firm;
import org.kpcs.protos.FirmStatus;
import org.kpcs.protos.GovernanceEvent;
import org.kpcs.protos.IndustryEvent;
import org.kpcs.protos.ModificationProposal;
import org.kpcs.protos.Notification;
import org.kpcs.protos.ParticipantEvent;
import org.kpcs.protos.ParticipantStatus;
import org.kpcs.protos.ParticipantStatusChanged;
import org.kpcs.protos.PlenaryMeeting;
import org.kpcs.protos.SourceDraw;
import org.kpcs.protos.SourceKind;
import org.kpcs.protos.StatusChangeApproved;
import org.kpcs.protos.StatusChangeProposed;
import org.kpcs.protos.Transformation;
import org.kpcs.protos.Warranty;

/** `kpcs events` prints one line a person can read for every kind of event. */
class EventTextTest {
    private static final SourceDraw FROM_CERTIFICATE = SourceDraw.newBuilder()
            .setKind(SourceKind.CERTIFICATE)
            .setRef("BW-2026-1")
            .setCaratWeightMilli(1_500)
            .build();

    @Test
    void a_certificate_event_names_the_shipment_its_parties_and_status() {
        assertThat(EventText.line(CertificateEvent.newBuilder()
                        .setCertificateNumber("BW-2026-1")
                        .setExportingParticipant("BW")
                        .setImportingParticipant("AE")
                        .setStatus(CertificateStatus.CONFIRMED)
                        .build()))
                .isEqualTo("BW-2026-1 BW->AE CONFIRMED");
    }

    @Test
    void the_chairs_election_and_governance_events_read_as_what_happened() {
        assertThat(EventText.line(ParticipantEvent.newBuilder()
                        .setProposed(StatusChangeProposed.newBuilder()
                                .setProposalId("P2")
                                .setParticipantCode("AE")
                                .setChairYear(2027)
                                .setRequiredApprovals(2))
                        .build()))
                .isEqualTo("proposal P2: AE Chair for 2027, needs 2 approvals");
        assertThat(EventText.line(ParticipantEvent.newBuilder()
                        .setChairHandedOver(ChairHandOver.newBuilder()
                                .setFromParticipant("BW")
                                .setToParticipant("AE")
                                .setYear(2027)
                                .setProposalId("P2"))
                        .build()))
                .startsWith("chair BW -> AE for 2027 at ")
                .endsWith("(election P2)");
        assertThat(EventText.line(GovernanceEvent.newBuilder()
                        .setNotificationFiled(
                                Notification.newBuilder().setParticipant("BW").setVersion(2))
                        .build()))
                .isEqualTo("notification of BW, version 2");
        assertThat(EventText.line(GovernanceEvent.newBuilder()
                        .setPlenaryScheduled(PlenaryMeeting.newBuilder()
                                .setDate("2027-11-10")
                                .setVenue("Dubai"))
                        .build()))
                .isEqualTo("next Plenary 2027-11-10 at Dubai");
        assertThat(EventText.line(GovernanceEvent.newBuilder()
                        .setModificationProposed(ModificationProposal.newBuilder()
                                .setParticipant("IN")
                                .setPlenaryDate("2027-11-10")
                                .setTitle("electronic Certificates"))
                        .build()))
                .isEqualTo("modification proposed by IN for the Plenary of 2027-11-10: electronic Certificates");
    }

    @Test
    void registry_events_read_as_the_plenarys_decisions() {
        assertThat(EventText.line(ParticipantEvent.newBuilder()
                        .setProposed(StatusChangeProposed.newBuilder()
                                .setProposalId("P1")
                                .setParticipantCode("IN")
                                .setProposedStatus(ParticipantStatus.SUSPENDED)
                                .setRequiredApprovals(2))
                        .build()))
                .isEqualTo("proposal P1: IN SUSPENDED, needs 2 approvals");
        assertThat(EventText.line(ParticipantEvent.newBuilder()
                        .setApproved(StatusChangeApproved.newBuilder()
                                .setProposalId("P1")
                                .setApprovedBy("AE")
                                .setApprovals(1)
                                .setRequiredApprovals(2))
                        .build()))
                .isEqualTo("proposal P1 approved by AE (1 of 2)");
        assertThat(EventText.line(ParticipantEvent.newBuilder()
                        .setStatusChanged(ParticipantStatusChanged.newBuilder()
                                .setParticipantCode("IN")
                                .setStatus(ParticipantStatus.SUSPENDED)
                                .setProposalId("P1"))
                        .build()))
                .isEqualTo("IN is now SUSPENDED (proposal P1)");
    }

    @Test
    void admission_events_name_the_applicant_and_the_circulation() {
        assertThat(EventText.line(ParticipantEvent.newBuilder()
                        .setApplicationCirculated(org.kpcs.protos.ApplicationCirculated.newBuilder()
                                .setCode("ZA")
                                .setName("South Africa")
                                .setMspId("ZAMSP")
                                .setNotifiedOn("2026-02-20")
                                .setCirculatedWithinMonth(true))
                        .build()))
                .isEqualTo("application of ZA (South Africa, ZAMSP) notified 2026-02-20, circulated within a month");
        assertThat(EventText.line(ParticipantEvent.newBuilder()
                        .setAcceded(org.kpcs.protos.ParticipantAcceded.newBuilder()
                                .setCode("ZA")
                                .setMspId("ZAMSP")
                                .setProposalId("P2"))
                        .build()))
                .isEqualTo("ZA (ZAMSP) acceded: ACTIVE (proposal P2)");
    }

    @Test
    void industry_events_name_firms_invoices_carats_and_sources() {
        assertThat(EventText.line(IndustryEvent.newBuilder()
                        .setFirmSanctioned(Firm.newBuilder()
                                .setFirmId("AE-F-1")
                                .setCountry("AE")
                                .setLicenceNumber("L-1")
                                .setStatus(FirmStatus.SANCTIONED))
                        .build()))
                .isEqualTo("firm AE-F-1 sanctioned (AE, licence L-1, SANCTIONED)");
        final String warranty = EventText.line(IndustryEvent.newBuilder()
                .setWarrantyIssued(Warranty.newBuilder()
                        .setInvoiceId("INV-9")
                        .setSellerFirm("AE-F-1")
                        .setBuyerFirm("IN-F-2")
                        .setCaratWeightMilli(1_500)
                        .addSources(FROM_CERTIFICATE))
                .build());
        assertThat(warranty).isEqualTo("invoice INV-9 AE-F-1->IN-F-2 1.500 ct from CERTIFICATE BW-2026-1 1.500 ct");
        final String polishing = EventText.line(IndustryEvent.newBuilder()
                .setTransformed(Transformation.newBuilder()
                        .setTransformationId("CUT-1")
                        .setFirm("IN-F-2")
                        .setInputMilli(1_500)
                        .setOutputMilli(600)
                        .addInputs(FROM_CERTIFICATE))
                .build());
        assertThat(polishing)
                .isEqualTo("transformation CUT-1 by IN-F-2: 1.500 ct -> 0.600 ct from CERTIFICATE BW-2026-1 1.500 ct");
        assertThat(EventText.line(IndustryEvent.newBuilder()
                        .setAttested(Attestation.newBuilder()
                                .setFirmId("AE-F-1")
                                .setYear(2026)
                                .setAuditFirm("Audit & Co")
                                .setOpinion("unqualified"))
                        .build()))
                .isEqualTo("attestation of AE-F-1 2026 by Audit & Co: unqualified");
    }
}
