package org.kpcs.chaincode.industry;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import org.kpcs.chaincode.ledger.Caller;
import org.kpcs.chaincode.ledger.Dates;
import org.kpcs.chaincode.ledger.Keys;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.Firm;
import org.kpcs.protos.IndustryEvent;
import org.kpcs.protos.IssueWarrantyRequest;
import org.kpcs.protos.SourceBalance;
import org.kpcs.protos.SourceKind;
import org.kpcs.protos.Warranty;

/**
 * Warranty invoices (KPCS IV, the industry's system of warranties): the seller draws the invoiced carats from
 * the sources it acquired them under, and the buyer gets a new source with those carats.
 */
final class Warranties {
    private static final Logger LOG = Logger.getLogger(Warranties.class.getName());

    private final TransactionContext ctx;
    private final Ledger ledger;

    private Warranties(final TransactionContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.ledger = ctx.ledger();
    }

    static Warranties of(final TransactionContext ctx) {
        return ctx.repository(Warranties.class, Warranties::new);
    }

    Warranty get(final String invoiceId) {
        return ledger.read(Keys.warranty(invoiceId), Warranty.parser())
                .orElseThrow(() -> Refusal.of(ErrorCode.SOURCE_NOT_FOUND, "no warranty invoice " + invoiceId));
    }

    /** A firm's warranties on one side ("seller" or "buyer"), dated between two dates (inclusive). */
    List<Warranty> of(final String side, final String firm, final String from, final String to) {
        final String prefix = Keys.warrantiesOf(side, firm);
        return ledger.range(prefix + from, prefix + to + Keys.END).stream()
                .map(kv -> get(new String(kv.getValue(), StandardCharsets.UTF_8)))
                .toList();
    }

    Warranty issue(final IssueWarrantyRequest request) {
        final Caller caller = ctx.caller();
        final Firms firms = Firms.of(ctx);
        firms.requireActingFor(caller, request.getSellerFirm());
        WarrantyRules.checkId("invoice id", request.getInvoiceId());
        final Firm buyer = firms.requireLicensed(request.getBuyerFirm());
        if (buyer.getFirmId().equals(request.getSellerFirm())) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "a firm does not sell to itself; record cutting and polishing as a transformation instead");
        }
        final String statement = WarrantyRules.statement(request.getStatementVersion());
        final LocalDate date = Dates.parse("invoice date", request.getInvoiceDate());
        if (date.isAfter(Dates.of(ledger.txTime()))) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "invoice date " + date + " is in the future");
        }
        WarrantyRules.checkDocumentHash(request.getInvoiceHash());
        final long total = WarrantyRules.checkSources(request.getInvoiceId(), request.getSourcesList());
        if (ledger.exists(Keys.warranty(request.getInvoiceId()))) {
            throw Refusal.of(
                    ErrorCode.DUPLICATE_INVOICE,
                    "warranty invoice " + request.getInvoiceId() + " is already recorded; invoice ids are unique");
        }
        final SourceBalances balances = SourceBalances.of(ctx);
        final List<SourceBalance> after = balances.checkAll(request.getSellerFirm(), request.getSourcesList(), date);
        final boolean polished = after.stream().anyMatch(SourceBalance::getPolished);
        if (polished && after.stream().anyMatch(b -> !b.getPolished())) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "rough and polished diamonds are invoiced separately");
        }
        final Attestations attestations = Attestations.of(ctx);
        attestations.requireOpenYear(request.getSellerFirm(), date);
        attestations.requireOpenYear(buyer.getFirmId(), date);
        balances.drawAll(after, request.getSourcesList(), SourceKind.INVOICE, request.getInvoiceId());
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
        save(warranty, date);
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
        return warranty;
    }

    private void save(final Warranty warranty, final LocalDate date) {
        final String id = warranty.getInvoiceId();
        ledger.write(Keys.warranty(id), warranty);
        ledger.write(Keys.warrantiesOf("seller", warranty.getSellerFirm()) + date + "~" + id, id);
        ledger.write(Keys.warrantiesOf("buyer", warranty.getBuyerFirm()) + date + "~" + id, id);
    }
}
