package org.kpcs.chaincode.statistics;

import java.util.List;
import java.util.Objects;
import org.kpcs.chaincode.ledger.Caller;
import org.kpcs.chaincode.ledger.Dates;
import org.kpcs.chaincode.ledger.Keys;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Role;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.chaincode.participant.Participants;
import org.kpcs.protos.EnterProductionRequest;
import org.kpcs.protos.ProductionStatistics;
import org.kpcs.protos.ReportKind;

/** Production statistics kept on the ledger by each Participant (Annex III (c): "to keep and publish"). */
final class ProductionRecords {
    private final TransactionContext ctx;
    private final Ledger ledger;

    private ProductionRecords(final TransactionContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.ledger = ctx.ledger();
    }

    static ProductionRecords of(final TransactionContext ctx) {
        return ctx.repository(ProductionRecords.class, ProductionRecords::new);
    }

    List<ProductionStatistics> of(final String participant, final String period) {
        return ledger.readAll(Keys.PRODUCTION, ProductionStatistics.parser(), participant).stream()
                .filter(p -> period.isEmpty() || p.getPeriod().equals(period))
                .toList();
    }

    /**
     * Annex III (c): semi-annual production by carat weight and value, entered by the Participant's own delegate
     * (Section V(b)) once the half-year has ended. Entering a half-year again corrects it: the revision counts up
     * and the key's history on the ledger keeps every earlier value.
     */
    ProductionStatistics enter(final EnterProductionRequest request) {
        final Caller caller = ctx.caller();
        Participants.of(ctx).requireAuthorityOf(caller, request.getParticipant(), Role.DELEGATE);
        final ReportingPeriod period = ReportingPeriod.of(ReportKind.PRODUCTION, request.getPeriod());
        period.requireEnded(Dates.of(ledger.txTime()));
        ReportFigures.checkProduction(request.getFigures());
        final String key = Keys.production(request.getParticipant(), period.label());
        final int revision = ledger.read(key, ProductionStatistics.parser())
                        .map(ProductionStatistics::getRevision)
                        .orElse(0)
                + 1;
        final ProductionStatistics entered = ProductionStatistics.newBuilder()
                .setParticipant(request.getParticipant())
                .setPeriod(period.label())
                .setFigures(request.getFigures())
                .setRevision(revision)
                .setEnteredBy(caller.id())
                .setEnteredAt(ledger.txTimestamp())
                .setTxId(ledger.txId())
                .build();
        ledger.write(key, entered);
        return entered;
    }
}
