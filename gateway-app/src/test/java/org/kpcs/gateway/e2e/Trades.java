package org.kpcs.gateway.e2e;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.kpcs.gateway.certificate.Certificates;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.client.KpcsException;
import org.kpcs.gateway.industry.Industry;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ConfirmImportRequest;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.FirmActivity;
import org.kpcs.protos.IssueCertificateRequest;
import org.kpcs.protos.IssueWarrantyRequest;
import org.kpcs.protos.PartyIdentification;
import org.kpcs.protos.RegisterFirmRequest;
import org.kpcs.protos.SourceDraw;
import org.kpcs.protos.SourceKind;
import org.kpcs.protos.WarrantyStatementVersion;

/** Certificates and warranties for the fault drills, as {@link SubmissionStream} operations. */
final class Trades {
    static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    private static final String EXPIRY =
            LocalDate.now(ZoneOffset.UTC).plusDays(60).toString();

    private Trades() {}

    static CommercialDetails details(final String number, final String importerFirm) {
        return CommercialDetails.newBuilder()
                .setValueUsdCents(4_200_000_00L)
                .setExporter(PartyIdentification.newBuilder().setName("Exporter of " + number))
                .setImporter(PartyIdentification.newBuilder()
                        .setName("Importer of " + number)
                        .setFirmId(importerFirm))
                .setInvoiceReference("INV-" + number)
                .setSalt(UUID.randomUUID().toString())
                .build();
    }

    static IssueCertificateRequest certificate(final String number, final String to, final long milli) {
        return IssueCertificateRequest.newBuilder()
                .setNumber(number)
                .setImportingParticipant(to)
                .setOrigin(number.substring(0, 2))
                .setIssuingAuthority("Exporting Authority")
                .setDateOfExpiry(EXPIRY)
                .setCaratWeightMilli(milli)
                .setNumberOfParcels(1)
                .setHsCode("7102.10")
                .setContainerId("SEAL-" + number)
                .setConflictFreeDeclaration(true)
                .build();
    }

    /** Issuance of one certificate by EXPORTER's Exporting Authority, found on the ledger by its number. */
    static SubmissionStream.Operation issue(final KpGateway exporter, final String number, final String to) {
        return issue(exporter, number, to, details(number, ""));
    }

    static SubmissionStream.Operation issue(
            final KpGateway exporter, final String number, final String to, final CommercialDetails details) {
        final IssueCertificateRequest request = certificate(number, to, 1_000_000);
        return new SubmissionStream.Operation() {
            @Override
            public String key() {
                return number;
            }

            @Override
            public void submit() {
                Certificates.of(exporter).issue(request, details);
            }

            @Override
            public boolean onLedger() {
                try {
                    return Certificates.of(exporter)
                                    .show(number)
                                    .getCertificate()
                                    .getCaratWeightMilli()
                            == 1_000_000;
                } catch (KpcsException e) {
                    if (e.code() == ErrorCode.CERTIFICATE_NOT_FOUND) {
                        return false;
                    }
                    throw e;
                }
            }
        };
    }

    /** A warranty invoice of SELLER to BUYER drawing MILLI from a certificate, found on the ledger by its id. */
    static SubmissionStream.Operation warranty(
            final KpGateway seller,
            final String invoice,
            final String sellerFirm,
            final String buyerFirm,
            final String certificate,
            final long milli) {
        final IssueWarrantyRequest request = IssueWarrantyRequest.newBuilder()
                .setInvoiceId(invoice)
                .setSellerFirm(sellerFirm)
                .setBuyerFirm(buyerFirm)
                .setInvoiceDate(TODAY)
                .setStatementVersion(WarrantyStatementVersion.SOW_REVISED)
                .addSources(SourceDraw.newBuilder()
                        .setKind(SourceKind.CERTIFICATE)
                        .setRef(certificate)
                        .setCaratWeightMilli(milli))
                .setInvoiceHash("d".repeat(64))
                .build();
        return new SubmissionStream.Operation() {
            @Override
            public String key() {
                return invoice;
            }

            @Override
            public void submit() {
                Industry.of(seller).issueWarranty(request);
            }

            @Override
            public boolean onLedger() {
                try {
                    return Industry.of(seller)
                            .warranty(invoice)
                            .getSourcesList()
                            .equals(request.getSourcesList());
                } catch (KpcsException e) {
                    if (e.code() == ErrorCode.SOURCE_NOT_FOUND) {
                        return false;
                    }
                    throw e;
                }
            }
        };
    }

    static RegisterFirmRequest firm(final String id, final String country) {
        return RegisterFirmRequest.newBuilder()
                .setFirmId(id)
                .setName("Firm " + id)
                .setAddress("Address of " + id)
                .setCountry(country)
                .setLicenceNumber("LIC-" + id)
                .addActivities(FirmActivity.BUYER)
                .addActivities(FirmActivity.SELLER)
                .build();
    }

    /** A certificate BW -> AE, sealed, arrived and confirmed to IMPORTER_FIRM: a source of MILLI for warranties. */
    static void importedBy(final String importerFirm, final String number, final long milli) {
        final CommercialDetails details = details(number, importerFirm);
        try (KpGateway exporter = LocalNetwork.as("BW", "exporter");
                KpGateway customs = LocalNetwork.as("BW", "customs");
                KpGateway importer = LocalNetwork.as("AE", "importer")) {
            Certificates.of(exporter).issue(certificate(number, "AE", milli), details);
            Certificates.of(customs).seal(number, "SEAL-" + number, "");
            awaitOnEveryParticipantsPeer(number, CertificateStatus.SEALED_FOR_EXPORT);
            Certificates.of(importer).arrive(number, "SEAL-" + number, true, "");
            Certificates.of(importer)
                    .confirm(
                            ConfirmImportRequest.newBuilder()
                                    .setCertificateNumber(number)
                                    .setNumberOfParcels(1)
                                    .setCaratWeightMilli(milli)
                                    .setDateOfReceipt(TODAY)
                                    .build(),
                            details);
        }
    }

    /**
     * Waits until every Participant's own peer shows the certificate in this state. A client's submit returns
     * once its own organisation's peer has committed; another organisation's peer may commit the same block a
     * moment later, and an organisation that acts on a record another has just written must wait for it there.
     */
    static void awaitOnEveryParticipantsPeer(final String number, final CertificateStatus status) {
        for (final String org : LocalNetwork.profile().getParticipantsList()) {
            try (KpGateway delegate = LocalNetwork.as(org, "delegate")) {
                NetworkNodes.await(
                        org + "'s peer seeing " + number + " " + status,
                        java.time.Duration.ofSeconds(30),
                        () -> Certificates.of(delegate).show(number).getStatus() == status);
            }
        }
    }
}
