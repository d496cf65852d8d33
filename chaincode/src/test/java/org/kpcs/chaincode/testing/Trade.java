package org.kpcs.chaincode.testing;

import java.util.Map;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ConfirmImportRequest;
import org.kpcs.protos.IssueCertificateRequest;
import org.kpcs.protos.PartyIdentification;

/** A standard shipment, BW to AE, and the steps of its journey, for certificate tests. */
public final class Trade {
    public static final String NUMBER = "BW-2026-000123";
    public static final String CONTAINER = "SEAL-BW-77001";

    private Trade() {}

    public static IssueCertificateRequest.Builder request() {
        return IssueCertificateRequest.newBuilder()
                .setNumber(NUMBER)
                .setOrigin("BW")
                .setImportingParticipant("AE")
                .setIssuingAuthority("Government Diamond Valuator, Gaborone")
                .setDateOfExpiry("2026-05-01")
                .setCaratWeightMilli(12_500_250)
                .setNumberOfParcels(3)
                .setHsCode("7102.10")
                .setContainerId(CONTAINER)
                .addTransitParticipants("IN")
                .setConflictFreeDeclaration(true);
    }

    public static CommercialDetails.Builder details() {
        return CommercialDetails.newBuilder()
                .setValueUsdCents(1_875_000_00L)
                .setExporter(PartyIdentification.newBuilder()
                        .setName("Okavango Diamond Company")
                        .setAddress("Plot 1, Gaborone")
                        .setLicenceNumber("BW-EXP-0042"))
                .setImporter(PartyIdentification.newBuilder()
                        .setName("Gulf Rough Trading DMCC")
                        .setAddress("Almas Tower, Dubai")
                        .setLicenceNumber("AE-IMP-1187"))
                .setInvoiceReference("INV-2026-0311")
                .setSalt("a1b2c3d4e5f60718293a4b5c6d7e8f90");
    }

    public static Map<String, byte[]> transientDetails(final CommercialDetails details) {
        return Map.of("details", details.toByteArray());
    }

    public static Result issue(final FakeFabric fabric, final IssueCertificateRequest request) {
        return fabric.submitWithTransient(
                Kp.BW_EXPORTER, transientDetails(details().build()), "Certificates:IssueCertificate", request);
    }

    /** Issues, seals and brings the standard shipment to AE; returns the fabric for the next step. */
    public static FakeFabric arrived() {
        final FakeFabric fabric = Kp.bootstrapped();
        ok(issue(fabric, request().build()));
        ok(fabric.submit(
                Kp.BW_CUSTOMS, "Custody:SealShipment", Requests.sealShipment(NUMBER, CONTAINER, "sealed at Gaborone")));
        ok(fabric.submit(
                Kp.AE_IMPORTER, "Custody:RecordArrival", Requests.custodyStep(NUMBER, CONTAINER, true, "inspected")));
        return fabric;
    }

    public static ConfirmImportRequest.Builder confirmation() {
        return ConfirmImportRequest.newBuilder()
                .setCertificateNumber(NUMBER)
                .setNumberOfParcels(3)
                .setCaratWeightMilli(12_500_250)
                .setDateOfReceipt("2026-03-02");
    }

    public static Result confirm(
            final FakeFabric fabric, final ConfirmImportRequest request, final CommercialDetails d) {
        return fabric.submitWithTransient(Kp.AE_IMPORTER, transientDetails(d), "Imports:ConfirmImport", request);
    }

    public static CertificateView view(final FakeFabric fabric, final String number) {
        return fabric.evaluate(Kp.OBSERVER, "Certificates:GetCertificate", Requests.getCertificate(number))
                .as(CertificateView.parser());
    }

    public static Result ok(final Result result) {
        if (!result.ok()) {
            throw new AssertionError("expected success, got: " + result.message());
        }
        return result;
    }
}
