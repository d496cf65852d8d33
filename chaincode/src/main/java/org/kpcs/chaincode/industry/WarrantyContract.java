package org.kpcs.chaincode.industry;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.kpcs.chaincode.certificate.CertificateRules;
import org.kpcs.chaincode.ledger.Caller;
import org.kpcs.chaincode.ledger.KpcsContract;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.Role;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.chaincode.participant.SchemeSettings;
import org.kpcs.protos.Attestation;
import org.kpcs.protos.AttestationList;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.Firm;
import org.kpcs.protos.FirmYearReconciliation;
import org.kpcs.protos.GetSourceBalanceRequest;
import org.kpcs.protos.GetWarrantyRequest;
import org.kpcs.protos.IndustryEvent;
import org.kpcs.protos.IssueWarrantyRequest;
import org.kpcs.protos.ListAttestationsRequest;
import org.kpcs.protos.ReconcileFirmYearRequest;
import org.kpcs.protos.RecordAttestationRequest;
import org.kpcs.protos.RecordTransformationRequest;
import org.kpcs.protos.SourceBalance;
import org.kpcs.protos.SourceDraw;
import org.kpcs.protos.SourceKind;
import org.kpcs.protos.TraceCertificateRequest;
import org.kpcs.protos.TraceInvoiceRequest;
import org.kpcs.protos.Transformation;
import org.kpcs.protos.Warranty;

/**
 * The industry's chain of warranties (KPCS IV, "Principles of Industry Self-Regulation"): warranty invoices
 * that draw on their sources' balances, cutting and polishing, tracing, annual reconciliation and
 * independent auditors' attestations.
 */
@Contract(
        name = "Warranties",
        info = @Info(title = "KPCS industry system of warranties", version = "1"),
        transactionSerializer = "org.kpcs.chaincode.ledger.ProtoSerializer")
public final class WarrantyContract implements KpcsContract {
    static final String WARRANTY = "warranty";
    static final String TRANSFORMATION = "transformation";
    static final String ATTESTATION = "attestation";
    static final String INDEX_WARRANTY = "IDX~warranty~";
    static final String INDEX_TRANSFORM = "IDX~transform~";
    /** KP Certificates a firm imported, by the date of receipt. */
    public static final String INDEX_CERT_IN = "IDX~certin~";

    private static final Logger LOG = Logger.getLogger(WarrantyContract.class.getName());
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    /**
     * The selling firm records a warranty invoice: it draws the invoiced carats from the sources under which it
     * acquired them, and the buyer gets a new source with those carats.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] IssueWarranty(final TransactionContext ctx, final byte[] requestBytes) {
        final IssueWarrantyRequest request = Ledger.request(requestBytes, IssueWarrantyRequest.parser());
        final Caller caller = ctx.caller();
        final Ledger ledger = ctx.ledger();
        final Firms firms = Firms.of(ctx);
        firms.requireActingFor(caller, request.getSellerFirm());
        WarrantyRules.checkId("invoice id", request.getInvoiceId());
        final Firm buyer = firms.requireLicensed(request.getBuyerFirm());
        if (buyer.getFirmId().equals(request.getSellerFirm())) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "a firm does not sell to itself; record cutting and polishing" + " as a transformation instead");
        }
        final String statement = WarrantyRules.statement(request.getStatementVersion());
        final LocalDate date = CertificateRules.parseDate("invoice date", request.getInvoiceDate());
        if (date.isAfter(CertificateRules.dateOf(ledger.txTime()))) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "invoice date " + date + " is in the future");
        }
        WarrantyRules.checkDocumentHash(request.getInvoiceHash());
        final long total = WarrantyRules.checkSources(request.getInvoiceId(), request.getSourcesList());
        final String warrantyKey = ledger.key(WARRANTY, request.getInvoiceId());
        if (ledger.exists(warrantyKey)) {
            throw Refusal.of(
                    ErrorCode.DUPLICATE_INVOICE,
                    "warranty invoice " + request.getInvoiceId() + " is already recorded; invoice ids are unique");
        }
        final SourceBalances balances = SourceBalances.of(ctx);
        boolean polished = false;
        boolean rough = false;
        final List<SourceBalance> after = new java.util.ArrayList<>();
        for (final SourceDraw draw : request.getSourcesList()) {
            final SourceBalance checked = balances.check(request.getSellerFirm(), draw);
            checkAcquiredBy(checked, date);
            polished |= checked.getPolished();
            rough |= !checked.getPolished();
            after.add(checked);
        }
        if (polished && rough) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "rough and polished diamonds are invoiced separately");
        }
        requireOpenYear(ledger, request.getSellerFirm(), date);
        requireOpenYear(ledger, buyer.getFirmId(), date);
        for (int i = 0; i < after.size(); i++) {
            balances.draw(after.get(i), request.getSources(i), SourceKind.INVOICE, request.getInvoiceId());
        }
        final Warranty warranty = Warranty.newBuilder()
                .setInvoiceId(request.getInvoiceId())
                .setSellerFirm(request.getSellerFirm())
                .setBuyerFirm(buyer.getFirmId())
                .setInvoiceDate(date.toString())
                .setCaratWeightMilli(total)
                .setStatementVersion(request.getStatementVersion())
                .setStatement(statement)
                .addAllSources(request.getSourcesList())
                .setInvoiceHash(request.getInvoiceHash())
                .setPolished(polished)
                .setIssuedBy(caller.id())
                .setIssuedAt(ledger.txTimestamp())
                .setTxId(ledger.txId())
                .build();
        ledger.write(warrantyKey, warranty);
        ledger.write(index("seller", warranty.getSellerFirm(), date, warranty.getInvoiceId()), warranty.getInvoiceId());
        ledger.write(index("buyer", warranty.getBuyerFirm(), date, warranty.getInvoiceId()), warranty.getInvoiceId());
        balances.open(SourceBalance.newBuilder()
                .setKind(SourceKind.INVOICE)
                .setRef(warranty.getInvoiceId())
                .setOwnerFirm(warranty.getBuyerFirm())
                .setReceivedMilli(total)
                .setRemainingMilli(total)
                .setAcquiredOn(date.toString())
                .setPolished(polished)
                .build());
        ledger.emit(
                FirmContract.EVENT,
                IndustryEvent.newBuilder().setWarrantyIssued(warranty).build());
        LOG.info(() -> "warranty " + warranty.getInvoiceId() + ": " + warranty.getSellerFirm() + " -> "
                + warranty.getBuyerFirm() + ", " + SourceBalances.carats(total) + " ct");
        return Ledger.bytes(warranty);
    }

    /** A firm records cutting and polishing: rough drawn from its sources yields no more polished carats. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] RecordTransformation(final TransactionContext ctx, final byte[] requestBytes) {
        final RecordTransformationRequest request = Ledger.request(requestBytes, RecordTransformationRequest.parser());
        final Caller caller = ctx.caller();
        final Ledger ledger = ctx.ledger();
        Firms.of(ctx).requireActingFor(caller, request.getFirm());
        WarrantyRules.checkId("transformation id", request.getTransformationId());
        final LocalDate date = CertificateRules.parseDate("date", request.getDate());
        final long input = WarrantyRules.checkSources(request.getTransformationId(), request.getInputsList());
        if (request.getOutputMilli() <= 0 || request.getOutputMilli() > input) {
            throw Refusal.of(
                    ErrorCode.OVER_WARRANTED,
                    "cutting and polishing yields between 0.001 ct and the "
                            + SourceBalances.carats(input) + " ct that went in, not "
                            + SourceBalances.carats(request.getOutputMilli()) + " ct");
        }
        final String key = ledger.key(TRANSFORMATION, request.getTransformationId());
        if (ledger.exists(key)) {
            throw Refusal.of(
                    ErrorCode.DUPLICATE_INVOICE,
                    "transformation " + request.getTransformationId() + " is already recorded");
        }
        if (date.isAfter(CertificateRules.dateOf(ledger.txTime()))) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT, "the date of cutting and polishing " + date + " is in the future");
        }
        final SourceBalances balances = SourceBalances.of(ctx);
        final List<SourceBalance> after = new java.util.ArrayList<>();
        for (final SourceDraw draw : request.getInputsList()) {
            final SourceBalance checked = balances.check(request.getFirm(), draw);
            if (checked.getPolished()) {
                throw Refusal.of(ErrorCode.INVALID_ARGUMENT, draw.getRef() + " is already polished");
            }
            checkAcquiredBy(checked, date);
            after.add(checked);
        }
        requireOpenYear(ledger, request.getFirm(), date);
        for (int i = 0; i < after.size(); i++) {
            balances.draw(after.get(i), request.getInputs(i), SourceKind.TRANSFORMATION, request.getTransformationId());
        }
        final Transformation transformation = Transformation.newBuilder()
                .setTransformationId(request.getTransformationId())
                .setFirm(request.getFirm())
                .addAllInputs(request.getInputsList())
                .setInputMilli(input)
                .setOutputMilli(request.getOutputMilli())
                .setDate(date.toString())
                .setRecordedBy(caller.id())
                .setRecordedAt(ledger.txTimestamp())
                .setTxId(ledger.txId())
                .build();
        ledger.write(key, transformation);
        ledger.write(
                INDEX_TRANSFORM + request.getFirm() + "~" + date + "~" + request.getTransformationId(),
                request.getTransformationId());
        balances.open(SourceBalance.newBuilder()
                .setKind(SourceKind.TRANSFORMATION)
                .setRef(request.getTransformationId())
                .setOwnerFirm(request.getFirm())
                .setReceivedMilli(request.getOutputMilli())
                .setRemainingMilli(request.getOutputMilli())
                .setAcquiredOn(date.toString())
                .setPolished(true)
                .build());
        ledger.emit(
                FirmContract.EVENT,
                IndustryEvent.newBuilder().setTransformed(transformation).build());
        return Ledger.bytes(transformation);
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] GetWarranty(final TransactionContext ctx, final byte[] requestBytes) {
        final String invoiceId =
                Ledger.request(requestBytes, GetWarrantyRequest.parser()).getInvoiceId();
        final Ledger ledger = ctx.ledger();
        return Ledger.bytes(ledger.read(ledger.key(WARRANTY, invoiceId), Warranty.parser())
                .orElseThrow(() -> Refusal.of(ErrorCode.SOURCE_NOT_FOUND, "no warranty invoice " + invoiceId)));
    }

    /** A source's balance: how many carats its owner has left to warrant. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] GetSourceBalance(final TransactionContext ctx, final byte[] requestBytes) {
        final GetSourceBalanceRequest request = Ledger.request(requestBytes, GetSourceBalanceRequest.parser());
        final SourceKind kind = WarrantyRules.checkKind(request.getKind());
        return Ledger.bytes(SourceBalances.of(ctx)
                .find(kind, request.getRef())
                .orElseThrow(() -> Refusal.of(ErrorCode.SOURCE_NOT_FOUND, "no " + kind + " " + request.getRef())));
    }

    /** Backward: from an invoice (or a transformation) to the KP Certificates and countries of origin. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] TraceInvoice(final TransactionContext ctx, final byte[] requestBytes) {
        final TraceInvoiceRequest request = Ledger.request(requestBytes, TraceInvoiceRequest.parser());
        final SourceKind rootKind = request.getKind() == SourceKind.SOURCE_KIND_UNSPECIFIED
                ? SourceKind.INVOICE
                : WarrantyRules.checkKind(request.getKind());
        if (rootKind == SourceKind.CERTIFICATE) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "a certificate is where a trace ends; use TraceCertificate to" + " follow it forward");
        }
        return Ledger.bytes(new Tracer(ctx.ledger()).backward(rootKind, request.getRef()));
    }

    /** Forward: from a KP Certificate to every invoice and transformation that drew on it. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] TraceCertificate(final TransactionContext ctx, final byte[] requestBytes) {
        final TraceCertificateRequest request = Ledger.request(requestBytes, TraceCertificateRequest.parser());
        return Ledger.bytes(new Tracer(ctx.ledger()).forward(request.getCertificateNumber()));
    }

    /**
     * A firm's year: warranties received against warranties issued, carats in and out, and the sources it still
     * holds (the annual reconciliation the industry's code of conduct asks for).
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] ReconcileFirmYear(final TransactionContext ctx, final byte[] requestBytes) {
        final ReconcileFirmYearRequest request = Ledger.request(requestBytes, ReconcileFirmYearRequest.parser());
        final String firmId = request.getFirmId();
        final Ledger ledger = ctx.ledger();
        Firms.of(ctx).get(firmId);
        final int y = checkYear(request.getYear());
        final String from = y + "-01-01";
        final String to = y + "-12-31~~";
        final FirmYearReconciliation.Builder result =
                FirmYearReconciliation.newBuilder().setFirmId(firmId).setYear(y);
        long in = 0;
        long out = 0;
        for (final Warranty w : warranties(ledger, "buyer", firmId, from, to)) {
            result.addReceived(w);
            in += w.getCaratWeightMilli();
        }
        for (final Warranty w : warranties(ledger, "seller", firmId, from, to)) {
            result.addIssued(w);
            out += w.getCaratWeightMilli();
        }
        final SourceBalances balances = SourceBalances.of(ctx);
        for (final KeyValue kv : ledger.range(INDEX_CERT_IN + firmId + "~" + from, INDEX_CERT_IN + firmId + "~" + to)) {
            final SourceBalance imported = balances.find(
                            SourceKind.CERTIFICATE, new String(kv.getValue(), StandardCharsets.UTF_8))
                    .orElseThrow();
            result.addImported(imported);
            in += imported.getReceivedMilli();
        }
        for (final KeyValue kv :
                ledger.range(INDEX_TRANSFORM + firmId + "~" + from, INDEX_TRANSFORM + firmId + "~" + to)) {
            ledger.read(
                            ledger.key(TRANSFORMATION, new String(kv.getValue(), StandardCharsets.UTF_8)),
                            Transformation.parser())
                    .ifPresent(result::addTransformations);
        }
        final String owned = SourceBalances.INDEX_BY_OWNER + firmId + "~";
        for (final KeyValue kv : ledger.range(owned, owned + "~~")) {
            final String[] kindAndRef = kv.getKey().substring(owned.length()).split("~", 2);
            balances.find(SourceKind.valueOf(kindAndRef[0]), kindAndRef[1])
                    .filter(b -> b.getRemainingMilli() > 0)
                    .ifPresent(result::addOpenBalances);
        }
        return Ledger.bytes(result.setCaratsInMilli(in)
                .setCaratsOutMilli(out)
                .setAttested(ledger.exists(ledger.key(ATTESTATION, firmId, Integer.toString(y))))
                .build());
    }

    /** An independent auditor attests a firm's year (KPCS IV: warranties verified by independent auditors). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] RecordAttestation(final TransactionContext ctx, final byte[] requestBytes) {
        final RecordAttestationRequest request = Ledger.request(requestBytes, RecordAttestationRequest.parser());
        final String firmId = request.getFirmId();
        final String auditFirm = request.getAuditFirm();
        final String reportHash = request.getReportHash();
        final String opinion = request.getOpinion();
        final Caller caller = ctx.caller();
        caller.requireRole(Role.AUDITOR);
        final Ledger ledger = ctx.ledger();
        if (!SchemeSettings.isIndustry(ledger, caller.mspId())) {
            throw Refusal.of(
                    ErrorCode.WRONG_ORGANISATION,
                    "auditors are accredited through the industry organisation, not " + caller.mspId());
        }
        Firms.of(ctx).get(firmId);
        final int y = checkYear(request.getYear());
        if (y > CertificateRules.dateOf(ledger.txTime()).getYear()) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "year " + y + " has not begun");
        }
        if (!SHA256_HEX.matcher(reportHash).matches()) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "the report hash must be the SHA-256 of the audit report");
        }
        if (opinion.isBlank() || auditFirm.isBlank()) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "an attestation names the audit firm and gives its opinion");
        }
        final String key = ledger.key(ATTESTATION, firmId, Integer.toString(y));
        if (ledger.exists(key)) {
            throw Refusal.of(ErrorCode.ALREADY_ATTESTED, firmId + "'s year " + y + " is already attested");
        }
        final Attestation attestation = Attestation.newBuilder()
                .setFirmId(firmId)
                .setYear(y)
                .setAuditor(caller.id())
                .setAuditFirm(auditFirm.strip())
                .setReportHash(reportHash)
                .setOpinion(opinion.strip())
                .setRecordedBy(caller.mspId())
                .setRecordedAt(ledger.txTimestamp())
                .setTxId(ledger.txId())
                .build();
        ledger.write(key, attestation);
        ledger.emit(
                FirmContract.EVENT,
                IndustryEvent.newBuilder().setAttested(attestation).build());
        return Ledger.bytes(attestation);
    }

    /** The attested years of a firm. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] ListAttestations(final TransactionContext ctx, final byte[] requestBytes) {
        final String firmId =
                Ledger.request(requestBytes, ListAttestationsRequest.parser()).getFirmId();
        final Ledger ledger = ctx.ledger();
        Firms.of(ctx).get(firmId);
        return Ledger.bytes(AttestationList.newBuilder()
                .addAllAttestations(ledger.readAll(ATTESTATION, Attestation.parser(), firmId))
                .build());
    }

    /** A record cannot be dated before the firm acquired what it draws on (no backdating). */
    private static void checkAcquiredBy(final SourceBalance source, final LocalDate date) {
        if (!source.getAcquiredOn().isEmpty() && date.isBefore(LocalDate.parse(source.getAcquiredOn()))) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "dated " + date + ", before " + source.getOwnerFirm() + " acquired " + source.getKind() + " "
                            + source.getRef() + " on " + source.getAcquiredOn());
        }
    }

    /** An attested year is closed: no record may be dated into it afterwards. */
    private static void requireOpenYear(final Ledger ledger, final String firmId, final LocalDate date) {
        if (ledger.exists(ledger.key(ATTESTATION, firmId, Integer.toString(date.getYear())))) {
            throw Refusal.of(
                    ErrorCode.ALREADY_ATTESTED,
                    firmId + "'s year " + date.getYear()
                            + " is attested and closed; date the record in the current year");
        }
    }

    private static List<Warranty> warranties(
            final Ledger ledger, final String side, final String firmId, final String from, final String to) {
        final String prefix = INDEX_WARRANTY + side + "~" + firmId + "~";
        return ledger.range(prefix + from, prefix + to).stream()
                .map(kv -> ledger.read(
                                ledger.key(WARRANTY, new String(kv.getValue(), StandardCharsets.UTF_8)),
                                Warranty.parser())
                        .orElseThrow())
                .toList();
    }

    private static String index(final String side, final String firm, final LocalDate date, final String invoiceId) {
        return INDEX_WARRANTY + side + "~" + firm + "~" + date + "~" + invoiceId;
    }

    private static int checkYear(final int year) {
        if (year < 2000 || year > 9999) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "year " + year + " is outside the scheme (2000 onwards)");
        }
        return year;
    }
}
