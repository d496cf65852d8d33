package org.kpcs.chaincode.industry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpcs.chaincode.testing.Trade.ok;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.kpcs.chaincode.testing.Chain;
import org.kpcs.chaincode.testing.FakeFabric;
import org.kpcs.chaincode.testing.Kp;
import org.kpcs.chaincode.testing.Requests;
import org.kpcs.chaincode.testing.Result;
import org.kpcs.chaincode.testing.Trade;
import org.kpcs.chaincode.testing.User;
import org.kpcs.protos.Firm;
import org.kpcs.protos.FirmActivity;
import org.kpcs.protos.FirmPage;
import org.kpcs.protos.FirmStatus;
import org.kpcs.protos.IndustryEvent;
import org.kpcs.protos.ParticipantStatus;
import org.kpcs.protos.PartyIdentification;
import org.kpcs.protos.RegisterFirmRequest;
import org.kpcs.protos.SourceKind;

class FirmContractTest {
    private final FakeFabric fabric = Kp.bootstrapped();

    @Test
    void a_participants_authority_registers_a_firm_licensed_in_its_territory() {
        final Result result = ok(fabric.submit(
                Kp.AE_IMPORTER,
                "Firms:RegisterFirm",
                Chain.firm("AE-F-GULF", "AE", FirmActivity.BUYER, FirmActivity.SELLER)
                        .build()));
        final Firm firm = result.as(Firm.parser());
        assertThat(firm.getStatus()).isEqualTo(FirmStatus.LICENSED);
        assertThat(firm.getCountry()).isEqualTo("AE");
        assertThat(firm.getLicenceNumber()).isEqualTo("LIC-AE-F-GULF");
        assertThat(result.event(IndustryEvent.parser()).getFirmRegistered().getFirmId())
                .isEqualTo("AE-F-GULF");
        final FirmPage page = fabric.evaluate(Kp.OBSERVER, "Firms:ListFirms", Requests.listFirms("AE", 10, ""))
                .as(FirmPage.parser());
        assertThat(page.getFirmsList()).extracting(Firm::getFirmId).containsExactly("AE-F-GULF");
    }

    private void refused(final User who, final UnaryOperator<RegisterFirmRequest.Builder> change, final String code) {
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result result = fabric.submit(
                who,
                "Firms:RegisterFirm",
                change.apply(Chain.firm("AE-F-1", "AE", FirmActivity.BUYER)).build());
        assertThat(result.errorCode()).as(result.message()).isEqualTo(code);
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    @Test
    void bad_registrations_are_refused_and_change_nothing() {
        refused(Kp.IN_IMPORTER, r -> r, "WRONG_ORGANISATION");
        refused(Kp.OBSERVER, r -> r, "OBSERVER_READ_ONLY");
        refused(Kp.GULF, r -> r, "ROLE_REQUIRED");
        refused(Kp.AE_DELEGATE, r -> r, "ROLE_REQUIRED");
        refused(Kp.AE_IMPORTER, r -> r.setFirmId("x"), "INVALID_ARGUMENT");
        refused(Kp.AE_IMPORTER, r -> r.setLicenceNumber(""), "INVALID_ARGUMENT");
        refused(Kp.AE_IMPORTER, r -> r.setName(" "), "INVALID_ARGUMENT");
        refused(Kp.AE_IMPORTER, RegisterFirmRequest.Builder::clearActivities, "INVALID_ARGUMENT");
        refused(Kp.AE_IMPORTER, r -> r.setCountry("ZA"), "PARTICIPANT_NOT_FOUND");
        ok(fabric.submit(
                Kp.AE_IMPORTER,
                "Firms:RegisterFirm",
                Chain.firm("AE-F-1", "AE", FirmActivity.BUYER).build()));
        refused(Kp.AE_EXPORTER, r -> r, "DUPLICATE_FIRM");
    }

    @Test
    void a_sanctioned_firm_is_shut_out_of_certificates_and_warranties() {
        final FakeFabric chain = Chain.imported();
        final Firm sanctioned = ok(chain.submit(
                        Kp.IN_IMPORTER,
                        "Firms:SanctionFirm",
                        Requests.sanctionFirm("AE-F-TRADE", "convicted of smuggling", "Case 7/2026")))
                .as(Firm.parser());
        assertThat(sanctioned.getStatus()).isEqualTo(FirmStatus.SANCTIONED);
        assertThat(sanctioned.getSanctions(0).getRecordedByParticipant()).isEqualTo("IN");

        final Map<String, List<Byte>> before = chain.snapshot();
        final Result toSanctioned = chain.submit(
                Kp.GULF,
                "Warranties:IssueWarranty",
                Chain.warranty(
                                "INV-1",
                                "AE-F-GULF",
                                "AE-F-TRADE",
                                Chain.draw(SourceKind.CERTIFICATE, Trade.NUMBER, 1000))
                        .build());
        assertThat(toSanctioned.errorCode()).isEqualTo("FIRM_SANCTIONED");
        assertThat(toSanctioned.message()).contains("convicted of smuggling");

        final Result certificateNamingIt = chain.submitWithTransient(
                Kp.BW_EXPORTER,
                Trade.transientDetails(Trade.details()
                        .setImporter(PartyIdentification.newBuilder()
                                .setName("Trader")
                                .setFirmId("AE-F-TRADE"))
                        .build()),
                "Certificates:IssueCertificate",
                Trade.request().setNumber("BW-2026-9").build());
        assertThat(certificateNamingIt.errorCode()).isEqualTo("FIRM_SANCTIONED");
        assertThat(chain.snapshot()).isEqualTo(before);
    }

    @Test
    void a_certificate_may_name_only_registered_firms_of_the_right_participant() {
        final FakeFabric chain = Kp.bootstrapped();
        Chain.registerFirms(chain);
        final Result unknown = chain.submitWithTransient(
                Kp.BW_EXPORTER,
                Trade.transientDetails(Trade.details()
                        .setImporter(
                                PartyIdentification.newBuilder().setName("X").setFirmId("AE-F-NONE"))
                        .build()),
                "Certificates:IssueCertificate",
                Trade.request().build());
        assertThat(unknown.errorCode()).isEqualTo("FIRM_NOT_FOUND");
        final Result elsewhere = chain.submitWithTransient(
                Kp.BW_EXPORTER,
                Trade.transientDetails(Trade.details()
                        .setImporter(PartyIdentification.newBuilder()
                                .setName("Cutter")
                                .setFirmId("IN-F-CUT"))
                        .build()),
                "Certificates:IssueCertificate",
                Trade.request().build());
        assertThat(elsewhere.errorCode()).isEqualTo("INVALID_ARGUMENT");
        assertThat(elsewhere.message()).contains("licensed by IN, not by AE");
    }

    @Test
    void a_suspended_participant_licenses_no_new_firms() {
        final String proposal = ok(fabric.submit(
                        Kp.CHAIR,
                        "ParticipantRegistry:ProposeStatusChange",
                        Requests.proposeStatusChange("AE", ParticipantStatus.SUSPENDED, "review")))
                .as(org.kpcs.protos.StatusProposal.parser())
                .getId();
        ok(fabric.submit(
                Kp.BW_DELEGATE, "ParticipantRegistry:ApproveStatusChange", Requests.approveStatusChange(proposal)));
        ok(fabric.submit(
                Kp.IN_DELEGATE, "ParticipantRegistry:ApproveStatusChange", Requests.approveStatusChange(proposal)));
        refused(Kp.AE_IMPORTER, r -> r, "PARTICIPANT_NOT_ACTIVE");
    }

    @Test
    void sanctions_need_a_participants_authority_and_a_reason() {
        Chain.registerFirms(fabric);
        final Map<String, List<Byte>> before = fabric.snapshot();
        assertThat(fabric.submit(Kp.OBSERVER, "Firms:SanctionFirm", Requests.sanctionFirm("AE-F-GULF", "x", ""))
                        .errorCode())
                .isEqualTo("OBSERVER_READ_ONLY");
        assertThat(fabric.submit(Kp.AUDITOR, "Firms:SanctionFirm", Requests.sanctionFirm("AE-F-GULF", "x", ""))
                        .errorCode())
                .isEqualTo("ROLE_REQUIRED");
        assertThat(fabric.submit(Kp.AE_IMPORTER, "Firms:SanctionFirm", Requests.sanctionFirm("AE-F-GULF", " ", ""))
                        .errorCode())
                .isEqualTo("INVALID_ARGUMENT");
        assertThat(fabric.submit(Kp.AE_IMPORTER, "Firms:SanctionFirm", Requests.sanctionFirm("AE-F-NONE", "x", ""))
                        .errorCode())
                .isEqualTo("FIRM_NOT_FOUND");
        assertThat(fabric.snapshot()).isEqualTo(before);
    }
}
