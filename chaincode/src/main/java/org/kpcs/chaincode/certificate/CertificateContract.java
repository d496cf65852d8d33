package org.kpcs.chaincode.certificate;

import com.google.protobuf.InvalidProtocolBufferException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.kpcs.chaincode.industry.Firms;
import org.kpcs.chaincode.industry.SourceBalances;
import org.kpcs.chaincode.industry.WarrantyRules;
import org.kpcs.chaincode.ledger.Caller;
import org.kpcs.chaincode.ledger.KpcsContract;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.ReadsPrivateData;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.Role;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.chaincode.participant.Participants;
import org.kpcs.protos.AmendCertificateRequest;
import org.kpcs.protos.Amendment;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificateEvent;
import org.kpcs.protos.CertificateIssued;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.Firm;
import org.kpcs.protos.GetCertificateHistoryRequest;
import org.kpcs.protos.GetCertificateRequest;
import org.kpcs.protos.GetCommercialDetailsRequest;
import org.kpcs.protos.IssueCertificateRequest;
import org.kpcs.protos.ListCertificatesRequest;
import org.kpcs.protos.ListDisputedRequest;
import org.kpcs.protos.ListPendingConfirmationRequest;
import org.kpcs.protos.Participant;
import org.kpcs.protos.SourceBalance;
import org.kpcs.protos.SourceDraw;
import org.kpcs.protos.SourceKind;
import org.kpcs.protos.TradeDirection;
import org.kpcs.protos.VoidCertificateRequest;

/**
 * Kimberley Process Certificates: issuance by the exporting Participant's Exporting Authority (KPCS II, Annex
 * I, Annex II 17-20), amendment and voiding before confirmation, and the public queries.
 */
@Contract(
        name = "Certificates",
        info = @Info(title = "KPCS Certificates", version = "1"),
        transactionSerializer = "org.kpcs.chaincode.ledger.ProtoSerializer")
public final class CertificateContract implements KpcsContract {
    /** Transient data key under which the commercial details travel. */
    public static final String DETAILS = "details";

    private static final Logger LOG = Logger.getLogger(CertificateContract.class.getName());

    /**
     * The Exporting Authority validates a Certificate for a shipment to another Participant. The request is a
     * {@code IssueCertificateRequest}; the commercial details ({@code CommercialDetails}) travel as transient
     * data under "details" and are kept in the exporting Participant's implicit collection, with only their
     * hash on the public Certificate.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] IssueCertificate(final TransactionContext ctx, final byte[] requestBytes) {
        final IssueCertificateRequest request = Ledger.request(requestBytes, IssueCertificateRequest.parser());
        final Caller caller = ctx.caller();
        final Ledger ledger = ctx.ledger();
        final Participants participants = Participants.of(ctx);
        caller.requireRole(Role.EXPORTING_AUTHORITY);
        // the caller's own organisation is the exporting Participant
        final Participant exporter = participants.forMsp(caller.mspId());
        CertificateRules.checkNumber(request.getNumber(), exporter.getCode());
        // KPCS III(c): no export to or from a non-Participant or a suspended one
        Participants.requireActive(exporter);
        final Participant importer = participants.requireActive(request.getImportingParticipant());
        if (importer.getCode().equals(exporter.getCode())) {
            throw Refusal.of(
                    ErrorCode.SAME_PARTICIPANT,
                    "a Certificate accompanies a shipment to another Participant; " + exporter.getCode()
                            + " cannot be both exporter and importer");
        }
        CertificateRules.checkOrigin(request.getOrigin(), request.getMixedOriginsList());
        checkTransit(participants, request.getTransitParticipantsList(), exporter.getCode(), importer.getCode());
        CertificateRules.checkQuantities(request.getCaratWeightMilli(), request.getNumberOfParcels());
        CertificateRules.checkHsCode(request.getHsCode());
        CertificateRules.checkContainer(request.getContainerId());
        if (!request.getConflictFreeDeclaration()) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "the exporter must declare that the rough diamonds are not"
                            + " conflict diamonds before the Certificate is validated (Annex II 18)");
        }
        if (request.getIssuingAuthority().isBlank()) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "the issuing authority must be named (Annex I)");
        }
        final LocalDate issued = CertificateRules.dateOf(ledger.txTime());
        final LocalDate expiry = CertificateRules.parseDate("date of expiry", request.getDateOfExpiry());
        if (!expiry.isAfter(issued)) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "date of expiry " + expiry + " must be after the date of issue " + issued + " (Annex I)");
        }
        final CommercialDetails details = details(ledger);
        checkNamedFirms(ctx, details, exporter.getCode(), importer.getCode());
        final CertificateRecords records = CertificateRecords.of(ctx);
        if (records.exists(request.getNumber())) {
            throw Refusal.of(
                    ErrorCode.DUPLICATE_CERTIFICATE,
                    "Certificate " + request.getNumber()
                            + " already exists; every Certificate has its own number (Annex I)");
        }
        final List<SourceBalance> reExported = checkExporterSources(ctx, request, details, exporter.getCode());
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
        final SourceBalances balances = SourceBalances.of(ctx);
        for (int i = 0; i < reExported.size(); i++) {
            balances.draw(
                    reExported.get(i), request.getExporterSources(i), SourceKind.CERTIFICATE, request.getNumber());
        }
        ledger.writePrivate(Ledger.implicitCollection(exporter.getMspId()), certificate.getNumber(), details);
        // Annex II 19: the event tells the Importing Authority a shipment is coming (it replaces the e-mail)
        records.emit(event(certificate, CertificateStatus.ISSUED)
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
        return Ledger.bytes(created);
    }

    /** The issuer amends a Certificate before confirmation; the reason and the changed fields are recorded. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] AmendCertificate(final TransactionContext ctx, final byte[] requestBytes) {
        final AmendCertificateRequest request = Ledger.request(requestBytes, AmendCertificateRequest.parser());
        final Ledger ledger = ctx.ledger();
        final CertificateRecords records = CertificateRecords.of(ctx);
        final CertificateView view = records.view(request.getNumber());
        final Certificate current = view.getCertificate();
        final Participant exporter = requireIssuer(ctx, current);
        CertificateRecords.requireStatus(
                view,
                "amended",
                CertificateStatus.ISSUED,
                CertificateStatus.SEALED_FOR_EXPORT,
                CertificateStatus.IN_TRANSIT,
                CertificateStatus.ARRIVED_AT_IMPORT);
        Participants.requireActive(exporter);
        records.requireNotBeforeLastRecord(view);
        final boolean sealed = view.getStatus() != CertificateStatus.ISSUED;
        if (sealed
                && (request.getCaratWeightMilli() != 0
                        || request.getNumberOfParcels() != 0
                        || !request.getHsCode().isEmpty()
                        || !request.getContainerId().isEmpty()
                        || !request.getOrigin().isEmpty()
                        || ledger.transientValue(DETAILS).isPresent())) {
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
            final LocalDate expiry = CertificateRules.parseDate("date of expiry", request.getDateOfExpiry());
            if (!expiry.isAfter(LocalDate.parse(current.getDateOfIssue()))
                    || expiry.isBefore(CertificateRules.dateOf(ledger.txTime()))) {
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
        if (ledger.transientValue(DETAILS).isPresent()) {
            final CommercialDetails details = details(ledger);
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
        records.emit(event(result, after.getStatus()).setAmended(amendment).build());
        LOG.info(() -> "amended Certificate " + result.getNumber() + " (" + changed + ") in tx " + ledger.txId());
        return Ledger.bytes(after);
    }

    /** The issuer voids a Certificate before confirmation, with a reason. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] VoidCertificate(final TransactionContext ctx, final byte[] requestBytes) {
        final VoidCertificateRequest request = Ledger.request(requestBytes, VoidCertificateRequest.parser());
        final String number = request.getNumber();
        final String reason = request.getReason();
        final Ledger ledger = ctx.ledger();
        final CertificateRecords records = CertificateRecords.of(ctx);
        final CertificateView view = records.view(number);
        requireIssuer(ctx, view.getCertificate());
        CertificateRecords.requireStatus(
                view,
                "voided",
                CertificateStatus.ISSUED,
                CertificateStatus.SEALED_FOR_EXPORT,
                CertificateStatus.IN_TRANSIT,
                CertificateStatus.ARRIVED_AT_IMPORT,
                CertificateStatus.DISPUTED,
                CertificateStatus.EXPIRED);
        if (reason.isBlank()) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "voiding needs a reason, kept in the Certificate's history");
        }
        records.requireNotBeforeLastRecord(view);
        final Certificate voided = view.getCertificate().toBuilder()
                .setVoided(true)
                .setVoidReason(reason.strip())
                .setLastTxId(ledger.txId())
                .build();
        records.update(voided);
        records.closePending(voided);
        final SourceBalances balances = SourceBalances.of(ctx);
        voided.getExporterSourcesList()
                .forEach(draw -> balances.giveBack(draw, SourceKind.CERTIFICATE, voided.getNumber()));
        records.emit(event(voided, CertificateStatus.VOID)
                .setVoidedReason(reason.strip())
                .build());
        LOG.info(() -> "voided Certificate " + number + " in tx " + ledger.txId());
        return Ledger.bytes(records.assemble(voided, view.getReceipt(), view.getCustodyList()));
    }

    /** A Certificate with its custody records, the importer's side and its status now. Public. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] GetCertificate(final TransactionContext ctx, final byte[] requestBytes) {
        final GetCertificateRequest request = Ledger.request(requestBytes, GetCertificateRequest.parser());
        return Ledger.bytes(CertificateRecords.of(ctx).view(request.getNumber()));
    }

    /** Every state of the Certificate's records, each with its transaction id and timestamp. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] GetCertificateHistory(final TransactionContext ctx, final byte[] requestBytes) {
        final GetCertificateHistoryRequest request =
                Ledger.request(requestBytes, GetCertificateHistoryRequest.parser());
        return Ledger.bytes(CertificateRecords.of(ctx).history(request.getNumber()));
    }

    /**
     * Certificates of one Participant, EXPORT or IMPORT, issued between two dates (inclusive), one page at a
     * time.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] ListCertificates(final TransactionContext ctx, final byte[] requestBytes) {
        final ListCertificatesRequest request = Ledger.request(requestBytes, ListCertificatesRequest.parser());
        Participants.of(ctx).get(request.getParticipant());
        final TradeDirection direction = request.getDirection();
        if (direction != TradeDirection.EXPORT && direction != TradeDirection.IMPORT) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "direction must be EXPORT or IMPORT, not " + direction);
        }
        final LocalDate start = CertificateRules.parseDate("from", request.getFrom());
        final LocalDate end = CertificateRules.parseDate("to", request.getTo());
        if (end.isBefore(start)) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT, "the period ends (" + end + ") before it starts (" + start + ")");
        }
        return Ledger.bytes(CertificateRecords.of(ctx)
                .byParticipant(
                        request.getParticipant(),
                        direction.name(),
                        start.toString(),
                        end.toString(),
                        Ledger.pageSize(request.getPageSize()),
                        request.getBookmark()));
    }

    /** Certificates awaiting the given importing Participant's confirmation of receipt. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] ListPendingConfirmation(final TransactionContext ctx, final byte[] requestBytes) {
        final ListPendingConfirmationRequest request =
                Ledger.request(requestBytes, ListPendingConfirmationRequest.parser());
        Participants.of(ctx).get(request.getImporter());
        return Ledger.bytes(CertificateRecords.of(ctx)
                .pending(request.getImporter(), Ledger.pageSize(request.getPageSize()), request.getBookmark()));
    }

    /** Disputed Certificates: a broken seal, a wrong container or details that do not match. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] ListDisputed(final TransactionContext ctx, final byte[] requestBytes) {
        final ListDisputedRequest request = Ledger.request(requestBytes, ListDisputedRequest.parser());
        return Ledger.bytes(
                CertificateRecords.of(ctx).disputed(Ledger.pageSize(request.getPageSize()), request.getBookmark()));
    }

    /**
     * The commercial details, from the caller's own Participant's implicit collection: the exporting and the
     * importing Participant's authorities hold them; nobody else does.
     */
    @ReadsPrivateData
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] GetCommercialDetails(final TransactionContext ctx, final byte[] requestBytes) {
        final String number = Ledger.request(requestBytes, GetCommercialDetailsRequest.parser())
                .getNumber();
        final Caller caller = ctx.caller();
        caller.requireAnyRole(Role.EXPORTING_AUTHORITY, Role.IMPORTING_AUTHORITY, Role.CUSTOMS);
        final Ledger ledger = ctx.ledger();
        final Certificate certificate = CertificateRecords.of(ctx).certificate(number);
        final Participant own = Participants.of(ctx).forMsp(caller.mspId());
        if (!own.getCode().equals(certificate.getExportingParticipant())
                && !own.getCode().equals(certificate.getImportingParticipant())) {
            throw Refusal.of(
                    ErrorCode.DETAILS_NOT_FOUND,
                    "only " + certificate.getExportingParticipant() + " and " + certificate.getImportingParticipant()
                            + " keep the commercial details of " + number);
        }
        return Ledger.bytes(
                ledger.readPrivate(Ledger.implicitCollection(caller.mspId()), number, CommercialDetails.parser())
                        .orElseThrow(() -> Refusal.of(
                                ErrorCode.DETAILS_NOT_FOUND,
                                own.getCode()
                                        + "'s collection holds no details for " + number
                                        + " yet; the importer stores them when it confirms receipt")));
    }

    static CertificateEvent.Builder event(final Certificate certificate, final CertificateStatus status) {
        return CertificateEvent.newBuilder()
                .setCertificateNumber(certificate.getNumber())
                .setExportingParticipant(certificate.getExportingParticipant())
                .setImportingParticipant(certificate.getImportingParticipant())
                .setStatus(status);
    }

    /**
     * Firms named in the details must be licensed by the Participant they trade from, and not sanctioned
     * (Annex II 6, 13).
     */
    static void checkNamedFirms(
            final TransactionContext ctx,
            final CommercialDetails details,
            final String exporter,
            final String importer) {
        final Firms firms = Firms.of(ctx);
        checkFirm(firms, details.getExporter().getFirmId(), exporter, "exporter");
        checkFirm(firms, details.getImporter().getFirmId(), importer, "importer");
    }

    /** As {@link #checkNamedFirms}, but returning the problems (for a confirmation, which disputes instead). */
    static List<String> firmProblems(
            final TransactionContext ctx,
            final CommercialDetails details,
            final String exporter,
            final String importer) {
        try {
            checkNamedFirms(ctx, details, exporter, importer);
            return List.of();
        } catch (org.hyperledger.fabric.shim.ChaincodeException e) {
            return List.of(e.getMessage());
        }
    }

    private static void checkFirm(final Firms firms, final String firmId, final String participant, final String side) {
        if (firmId.isEmpty()) {
            return;
        }
        final Firm firm = firms.requireLicensed(firmId);
        if (!firm.getCountry().equals(participant)) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "the " + side + ", firm " + firmId + ", is licensed by " + firm.getCountry() + ", not by "
                            + participant);
        }
    }

    /**
     * Carats are conserved across a re-export: a registered firm that exports goods of another origin draws
     * them from the sources under which it acquired them (Section IV, industry self-regulation). Returns the
     * checked balances; nothing is written here.
     */
    private static List<SourceBalance> checkExporterSources(
            final TransactionContext ctx,
            final IssueCertificateRequest request,
            final CommercialDetails details,
            final String exporter) {
        final String firm = details.getExporter().getFirmId();
        final boolean foreignOrigin = !exporter.equals(request.getOrigin());
        if (firm.isEmpty()) {
            if (request.getExporterSourcesCount() > 0) {
                throw Refusal.of(
                        ErrorCode.INVALID_ARGUMENT,
                        "exporter sources are drawn by a registered exporting firm; name it in the details");
            }
            return List.of();
        }
        if (request.getExporterSourcesCount() == 0) {
            if (foreignOrigin) {
                throw Refusal.of(
                        ErrorCode.INVALID_ARGUMENT,
                        "firm " + firm + " re-exports diamonds of origin "
                                + request.getOrigin()
                                + ": cite the sources it acquired them under, so the carats leave its"
                                + " balances");
            }
            return List.of();
        }
        final long total = WarrantyRules.checkSources(request.getNumber(), request.getExporterSourcesList());
        if (total > request.getCaratWeightMilli()) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "the exporter's sources add up to " + Carats.format(total) + ", more than the "
                            + Carats.format(request.getCaratWeightMilli()) + " the Certificate is for");
        }
        if (total < request.getCaratWeightMilli() && !CertificateRules.MIXED.equals(request.getOrigin())) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "the exporter's sources add up to " + Carats.format(total)
                            + "; a parcel of one origin draws all its " + Carats.format(request.getCaratWeightMilli())
                            + " from them (only a mixed parcel may add goods held outside the ledger)");
        }
        final SourceBalances balances = SourceBalances.of(ctx);
        final List<SourceBalance> checked = new java.util.ArrayList<>();
        for (final SourceDraw draw : request.getExporterSourcesList()) {
            final SourceBalance after = balances.check(firm, draw);
            if (after.getPolished()) {
                throw Refusal.of(
                        ErrorCode.INVALID_ARGUMENT,
                        draw.getRef() + " is polished; a KP Certificate covers rough diamonds only");
            }
            checked.add(after);
        }
        return checked;
    }

    /** KPCS III(d): transit Participants are declared at issuance; distinct, active, neither end of the trade. */
    private static void checkTransit(
            final Participants participants, final List<String> transit, final String exporter, final String importer) {
        if (new java.util.HashSet<>(transit).size() != transit.size()) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "a transit Participant is listed twice: " + transit);
        }
        for (final String code : transit) {
            if (code.equals(exporter) || code.equals(importer)) {
                throw Refusal.of(
                        ErrorCode.INVALID_ARGUMENT,
                        code + " is an end of this shipment; transit Participants are those it crosses on the way");
            }
            participants.requireActive(code);
        }
    }

    /** The commercial details passed as transient data. */
    static CommercialDetails details(final Ledger ledger) {
        final byte[] bytes = ledger.transientValue(DETAILS)
                .orElseThrow(() -> Refusal.of(
                        ErrorCode.DETAILS_REQUIRED,
                        "the commercial details (value in US$,"
                                + " exporter, importer, invoice) must be passed as transient data '" + DETAILS
                                + "', so that they stay off the shared ledger"));
        final CommercialDetails details;
        try {
            details = CommercialDetails.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw Refusal.of(
                    ErrorCode.DETAILS_REQUIRED, "transient '" + DETAILS + "' is not a kpcs.v1.CommercialDetails", e);
        }
        CertificateRules.checkDetails(details);
        return details;
    }

    private static Participant requireIssuer(final TransactionContext ctx, final Certificate certificate) {
        return Participants.of(ctx)
                .requireAuthorityOf(ctx.caller(), certificate.getExportingParticipant(), Role.EXPORTING_AUTHORITY);
    }
}
