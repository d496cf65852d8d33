package org.kpcs.chaincode.industry;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.kpcs.chaincode.ledger.Dates;
import org.kpcs.chaincode.ledger.Keys;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.IndustryEvent;
import org.kpcs.protos.RecordTransformationRequest;
import org.kpcs.protos.SourceBalance;
import org.kpcs.protos.SourceKind;
import org.kpcs.protos.Transformation;

/** Cutting and polishing: rough drawn from a firm's sources yields no more polished carats than went in. */
final class Transformations {
    private final TransactionContext ctx;
    private final Ledger ledger;

    private Transformations(final TransactionContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.ledger = ctx.ledger();
    }

    static Transformations of(final TransactionContext ctx) {
        return ctx.repository(Transformations.class, Transformations::new);
    }

    /** A firm's transformations dated between two dates (inclusive). */
    List<Transformation> of(final String firm, final String from, final String to) {
        final String prefix = Keys.transformationsOf(firm);
        return ledger.range(prefix + from, prefix + to + Keys.END).stream()
                .map(kv -> ledger.read(
                        Keys.transformation(new String(kv.getValue(), StandardCharsets.UTF_8)),
                        Transformation.parser()))
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    Transformation record(final RecordTransformationRequest request) {
        Firms.of(ctx).requireActingFor(ctx.caller(), request.getFirm());
        final String id = request.getTransformationId();
        WarrantyRules.checkId("transformation id", id);
        final LocalDate date = Dates.parse("date", request.getDate());
        final long input = WarrantyRules.checkSources(id, request.getInputsList());
        if (request.getOutputMilli() <= 0 || request.getOutputMilli() > input) {
            throw Refusal.of(
                    ErrorCode.OVER_WARRANTED,
                    "cutting and polishing yields between 0.001 ct and the " + SourceBalances.carats(input)
                            + " ct that went in, not " + SourceBalances.carats(request.getOutputMilli()) + " ct");
        }
        if (ledger.exists(Keys.transformation(id))) {
            throw Refusal.of(ErrorCode.DUPLICATE_INVOICE, "transformation " + id + " is already recorded");
        }
        if (date.isAfter(Dates.of(ledger.txTime()))) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT, "the date of cutting and polishing " + date + " is in the future");
        }
        final SourceBalances balances = SourceBalances.of(ctx);
        final List<SourceBalance> after = balances.checkAll(request.getFirm(), request.getInputsList(), date);
        after.stream().filter(SourceBalance::getPolished).findFirst().ifPresent(b -> {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, b.getRef() + " is already polished");
        });
        Attestations.of(ctx).requireOpenYear(request.getFirm(), date);
        balances.drawAll(after, request.getInputsList(), SourceKind.TRANSFORMATION, id);
        final Transformation transformation = Transformation.newBuilder()
                .setTransformationId(id)
                .setFirm(request.getFirm())
                .addAllInputs(request.getInputsList())
                .setInputMilli(input)
                .setOutputMilli(request.getOutputMilli())
                .setDate(date.toString())
                .setRecordedBy(ctx.caller().id())
                .setRecordedAt(ledger.txTimestamp())
                .setTxId(ledger.txId())
                .build();
        ledger.write(Keys.transformation(id), transformation);
        ledger.write(Keys.transformationsOf(request.getFirm()) + date + "~" + id, id);
        balances.open(SourceBalance.newBuilder()
                .setKind(SourceKind.TRANSFORMATION)
                .setRef(id)
                .setOwnerFirm(request.getFirm())
                .setReceivedMilli(request.getOutputMilli())
                .setRemainingMilli(request.getOutputMilli())
                .setAcquiredOn(date.toString())
                .setPolished(true)
                .build());
        ledger.emit(
                FirmContract.EVENT,
                IndustryEvent.newBuilder().setTransformed(transformation).build());
        return transformation;
    }
}
