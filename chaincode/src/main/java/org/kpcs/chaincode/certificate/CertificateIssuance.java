package org.kpcs.chaincode.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.kpcs.chaincode.industry.Firms;
import org.kpcs.chaincode.industry.SourceBalances;
import org.kpcs.chaincode.ledger.Caller;
import org.kpcs.chaincode.ledger.Dates;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.Role;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.chaincode.participant.Participants;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificateIssued;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.IssueCertificateRequest;
import org.kpcs.protos.Participant;
import org.kpcs.protos.SourceBalance;
import org.kpcs.protos.SourceKind;

/**
 * Issuance by the exporting Participant's Exporting Authority (KPCS II, Annex I, Annex II 17-20): the checks
 * in order, the public Certificate, its private details and, for a re-export, the draws on the firm's sources.
 */
final class CertificateIssuance {
    private static final Logger LOG = Logger.getLogger(CertificateIssuance.class.getName());

    private CertificateIssuance() {}

    static CertificateView issue(final TransactionContext ctx, final IssueCertificateRequest request) {
        final Caller caller = ctx.caller();
        final Ledger ledger = ctx.ledger();
        final Participants participants = Participants.of(ctx);
        caller.requireRole(Role.EXPORTING_AUTHORITY);
        // the caller's own organisation is the exporting Participant
        final Participant exporter = participants.forMsp(caller.mspId());
        CertificateRules.checkNumber(request.getNumber(), exporter.getCode());
        // KPCS III(c): no export to or from a non-Participant or a suspended one
        participants.requireActive(exporter);
        final Participant importer = participants.requireActive(request.getImportingParticipant());
        CertificateRules.checkDifferentParticipants(exporter.getCode(), importer.getCode());
        CertificateRules.checkOrigin(request.getOrigin(), request.getMixedOriginsList());
        CertificateRules.checkTransitDeclared(
                request.getTransitParticipantsList(), exporter.getCode(), importer.getCode());
        request.getTransitParticipantsList().forEach(participants::requireActive);
        CertificateRules.checkQuantities(request.getCaratWeightMilli(), request.getNumberOfParcels());
        CertificateRules.checkHsCode(request.getHsCode());
        CertificateRules.checkContainer(request.getContainerId());
        CertificateRules.checkDeclarationAndAuthority(request);
        final LocalDate issued = Dates.of(ledger.txTime());
        final LocalDate expiry = CertificateRules.checkExpiry(request.getDateOfExpiry(), issued);
        final CommercialDetails details = PresentedDetails.require(ledger);
        Firms.of(ctx).checkNamedIn(details, exporter.getCode(), importer.getCode());
        final CertificateRecords records = CertificateRecords.of(ctx);
        if (records.exists(request.getNumber())) {
            throw Refusal.of(
                    ErrorCode.DUPLICATE_CERTIFICATE,
                    "Certificate " + request.getNumber()
                            + " already exists; every Certificate has its own number (Annex I)");
        }
        final SourceBalances balances = SourceBalances.of(ctx);
        final List<SourceBalance> reExported = balances.checkReExport(
                request,
                details.getExporter().getFirmId(),
                exporter.getCode(),
                CertificateRules.MIXED.equals(request.getOrigin()));
        final Certificate certificate = Certificate.newBuilder()
                .setTitle(CertificateRules.TITLE)
                .setNumber(request.getNumber())
                .setKpStatement(CertificateRules.KP_STATEMENT)
                .setOrigin(request.getOrigin())
                .addAllMixedOrigins(request.getMixedOriginsList())
                .setExportingParticipant(exporter.getCode())
                .setImportingParticipant(importer.getCode())
                .setIssuingAuthority(request.getIssuingAuthority().strip())
                .setValidatedBy(caller.id())
                .setDateOfIssue(issued.toString())
                .setDateOfExpiry(expiry.toString())
                .setCaratWeightMilli(request.getCaratWeightMilli())
                .setNumberOfParcels(request.getNumberOfParcels())
                .setHsCode(request.getHsCode())
                .setContainerId(request.getContainerId())
                .setConflictFreeDeclaration(true)
                .setCommercialDetailsHash(CertificateRules.hash(details))
                .putAllAdditionalCharacteristics(request.getAdditionalCharacteristicsMap())
                .addAllTransitParticipants(request.getTransitParticipantsList())
                .addAllExporterSources(request.getExporterSourcesList())
                .setIssuedAt(ledger.txTimestamp())
                .setIssueTxId(ledger.txId())
                .setLastTxId(ledger.txId())
                .build();
        final CertificateView created = records.create(certificate, exporter.getMspId(), importer.getMspId());
        balances.drawAll(reExported, request.getExporterSourcesList(), SourceKind.CERTIFICATE, request.getNumber());
        ledger.writePrivate(Ledger.implicitCollection(exporter.getMspId()), certificate.getNumber(), details);
        // Annex II 19: the event tells the Importing Authority a shipment is coming (it replaces the e-mail)
        records.emit(CertificateRecords.event(certificate, CertificateStatus.ISSUED)
                .setIssued(CertificateIssued.newBuilder()
                        .setCaratWeightMilli(certificate.getCaratWeightMilli())
                        .setNumberOfParcels(certificate.getNumberOfParcels())
                        .setHsCode(certificate.getHsCode())
                        .setOrigin(certificate.getOrigin())
                        .addAllMixedOrigins(certificate.getMixedOriginsList())
                        .setDateOfExpiry(certificate.getDateOfExpiry())
                        .setContainerId(certificate.getContainerId()))
                .build());
        LOG.info(() -> "issued Certificate " + certificate.getNumber() + " " + exporter.getCode() + " -> "
                + importer.getCode() + ", " + Carats.format(certificate.getCaratWeightMilli()) + " in tx "
                + ledger.txId());
        return created;
    }
}
