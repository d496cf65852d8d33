package org.kpcs.chaincode.testing;

import static org.kpcs.chaincode.testing.Trade.ok;

import java.util.List;
import org.kpcs.protos.FirmActivity;
import org.kpcs.protos.IssueWarrantyRequest;
import org.kpcs.protos.PartyIdentification;
import org.kpcs.protos.RegisterFirmRequest;
import org.kpcs.protos.SourceDraw;
import org.kpcs.protos.SourceKind;
import org.kpcs.protos.WarrantyStatementVersion;

/**
 * The industry's side of the standard trade: firms licensed in AE and IN, and BW's certificate imported and
 * confirmed by the AE firm Gulf, which can then warrant its carats onwards.
 */
public final class Chain {
    public static final String HASH = "a".repeat(64);

    private Chain() {}

    public static RegisterFirmRequest.Builder firm(final String id, final String country, final FirmActivity... a) {
        return RegisterFirmRequest.newBuilder()
                .setFirmId(id)
                .setName("Firm " + id)
                .setAddress("Street 1, " + country)
                .setCountry(country)
                .setLicenceNumber("LIC-" + id)
                .addAllActivities(List.of(a));
    }

    /** Registers Gulf (AE importer), Trader (AE) and Cutter (IN). */
    public static void registerFirms(final FakeFabric fabric) {
        ok(fabric.submit(
                Kp.AE_IMPORTER,
                "Firms:RegisterFirm",
                firm("AE-F-GULF", "AE", FirmActivity.BUYER, FirmActivity.SELLER).build()));
        ok(fabric.submit(
                Kp.AE_IMPORTER,
                "Firms:RegisterFirm",
                firm("AE-F-TRADE", "AE", FirmActivity.BUYER, FirmActivity.SELLER)
                        .build()));
        ok(fabric.submit(
                Kp.IN_IMPORTER,
                "Firms:RegisterFirm",
                firm("IN-F-CUT", "IN", FirmActivity.BUYER, FirmActivity.MANUFACTURER)
                        .build()));
    }

    /** Firms registered and BW's shipment confirmed by AE with Gulf as importer: Gulf holds 12500.250 ct. */
    public static FakeFabric imported() {
        final FakeFabric fabric = Kp.bootstrapped();
        registerFirms(fabric);
        final var details = Trade.details()
                .setImporter(PartyIdentification.newBuilder()
                        .setName("Gulf Rough Trading DMCC")
                        .setFirmId("AE-F-GULF"))
                .build();
        ok(fabric.submitWithTransient(
                Kp.BW_EXPORTER,
                Trade.transientDetails(details),
                "Certificates:IssueCertificate",
                Trade.request().build()));
        ok(fabric.submit(
                Kp.BW_CUSTOMS, "Custody:SealShipment", Requests.sealShipment(Trade.NUMBER, Trade.CONTAINER, "")));
        ok(fabric.submit(
                Kp.AE_IMPORTER,
                "Custody:RecordArrival",
                Requests.custodyStep(Trade.NUMBER, Trade.CONTAINER, true, "")));
        ok(Trade.confirm(fabric, Trade.confirmation().build(), details));
        return fabric;
    }

    public static SourceDraw draw(final SourceKind kind, final String ref, final long milli) {
        return SourceDraw.newBuilder()
                .setKind(kind)
                .setRef(ref)
                .setCaratWeightMilli(milli)
                .build();
    }

    public static IssueWarrantyRequest.Builder warranty(
            final String invoice, final String seller, final String buyer, final SourceDraw... sources) {
        return IssueWarrantyRequest.newBuilder()
                .setInvoiceId(invoice)
                .setSellerFirm(seller)
                .setBuyerFirm(buyer)
                .setInvoiceDate("2026-03-02")
                .setStatementVersion(WarrantyStatementVersion.SOW_REVISED)
                .addAllSources(List.of(sources))
                .setInvoiceHash(HASH);
    }
}
