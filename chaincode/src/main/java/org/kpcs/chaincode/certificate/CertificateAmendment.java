package org.kpcs.chaincode.certificate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.kpcs.chaincode.ledger.Dates;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.chaincode.participant.Participants;
import org.kpcs.protos.AmendCertificateRequest;
import org.kpcs.protos.Amendment;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.Participant;

/**
 * Amendment by the issuer before confirmation: while the Certificate is ISSUED it may change what it certifies;
 * once the container is sealed only the date of expiry. The reason and the changed fields are recorded.
 */
final class CertificateAmendment {
    private static final Logger LOG = Logger.getLogger(CertificateAmendment.class.getName());

    private CertificateAmendment() {}

    static CertificateView amend(final TransactionContext ctx, final AmendCertificateRequest request) {
        final Ledger ledger = ctx.ledger();
        final CertificateRecords records = CertificateRecords.of(ctx);
        final CertificateView view = records.view(request.getNumber());
        final Certificate current = view.getCertificate();
        final Participant exporter = CertificateRecords.requireIssuer(ctx, current);
        CertificateRules.requireStatus(
                view,
                "amended",
                CertificateStatus.ISSUED,
                CertificateStatus.SEALED_FOR_EXPORT,
                CertificateStatus.IN_TRANSIT,
                CertificateStatus.ARRIVED_AT_IMPORT);
        Participants.of(ctx).requireActive(exporter);
        records.requireNotBeforeLastRecord(view);
        final boolean sealed = view.getStatus() != CertificateStatus.ISSUED;
        if (sealed
                && (request.getCaratWeightMilli() != 0
                        || request.getNumberOfParcels() != 0
                        || !request.getHsCode().isEmpty()
                        || !request.getContainerId().isEmpty()
                        || !request.getOrigin().isEmpty()
                        || PresentedDetails.present(ledger))) {
            throw Refusal.of(
                    ErrorCode.INVALID_STATE,
                    "Certificate " + current.getNumber() + " is " + view.getStatus()
                            + ": once the container is sealed only the date of expiry may be amended; void the Certificate"
                            + " and issue a new one to change what it certifies");
        }
        if (request.getReason().isBlank()) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT, "an amendment needs a reason, kept in the Certificate's history");
        }
        final Certificate.Builder amended = current.toBuilder();
        final List<String> changed = new ArrayList<>();
        if (!request.getDateOfExpiry().isEmpty()) {
            final LocalDate expiry = Dates.parse("date of expiry", request.getDateOfExpiry());
            if (!expiry.isAfter(LocalDate.parse(current.getDateOfIssue()))
                    || expiry.isBefore(Dates.of(ledger.txTime()))) {
                throw Refusal.of(
                        ErrorCode.INVALID_ARGUMENT,
                        "the new date of expiry " + expiry + " must be after the date of issue and not already past");
            }
            amended.setDateOfExpiry(expiry.toString());
            changed.add("date_of_expiry");
        }
        if (request.getCaratWeightMilli() != 0 || request.getNumberOfParcels() != 0) {
            final long carats =
                    request.getCaratWeightMilli() != 0 ? request.getCaratWeightMilli() : current.getCaratWeightMilli();
            final int parcels =
                    request.getNumberOfParcels() != 0 ? request.getNumberOfParcels() : current.getNumberOfParcels();
            CertificateRules.checkQuantities(carats, parcels);
            if (carats != current.getCaratWeightMilli()) {
                changed.add("carat_weight");
            }
            if (parcels != current.getNumberOfParcels()) {
                changed.add("number_of_parcels");
            }
            amended.setCaratWeightMilli(carats).setNumberOfParcels(parcels);
        }
        if (!request.getHsCode().isEmpty()) {
            CertificateRules.checkHsCode(request.getHsCode());
            amended.setHsCode(request.getHsCode());
            changed.add("hs_code");
        }
        if (!request.getContainerId().isEmpty()) {
            CertificateRules.checkContainer(request.getContainerId());
            if (!view.getCustodyList().isEmpty()) {
                throw Refusal.of(
                        ErrorCode.INVALID_STATE,
                        "the container of Certificate " + current.getNumber()
                                + " is already sealed; void the Certificate and issue a new one instead");
            }
            amended.setContainerId(request.getContainerId());
            changed.add("container_id");
        }
        if (!request.getOrigin().isEmpty()) {
            CertificateRules.checkOrigin(request.getOrigin(), request.getMixedOriginsList());
            amended.setOrigin(request.getOrigin())
                    .clearMixedOrigins()
                    .addAllMixedOrigins(request.getMixedOriginsList());
            changed.add("origin");
        }
        if (PresentedDetails.present(ledger)) {
            final CommercialDetails details = PresentedDetails.require(ledger);
            amended.setCommercialDetailsHash(CertificateRules.hash(details));
            ledger.writePrivate(Ledger.implicitCollection(exporter.getMspId()), current.getNumber(), details);
            changed.add("commercial_details");
        }
        if (changed.isEmpty()) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "the amendment changes nothing; set at least one field");
        }
        final Amendment amendment = Amendment.newBuilder()
                .setReason(request.getReason().strip())
                .addAllChangedFields(changed)
                .setAmendedAt(ledger.txTimestamp())
                .setTxId(ledger.txId())
                .build();
        final Certificate result =
                amended.addAmendments(amendment).setLastTxId(ledger.txId()).build();
        records.update(result);
        final CertificateView after = records.assemble(result, view.getReceipt(), view.getCustodyList());
        records.emit(CertificateRecords.event(result, after.getStatus())
                .setAmended(amendment)
                .build());
        LOG.info(() -> "amended Certificate " + result.getNumber() + " (" + changed + ") in tx " + ledger.txId());
        return after;
    }
}
