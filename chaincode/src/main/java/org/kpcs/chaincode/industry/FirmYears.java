package org.kpcs.chaincode.industry;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.kpcs.chaincode.ledger.Keys;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.protos.FirmYearReconciliation;
import org.kpcs.protos.SourceBalance;
import org.kpcs.protos.SourceKind;
import org.kpcs.protos.Warranty;

/**
 * A firm's year: warranties received against warranties issued, carats in and out, and the sources it still
 * holds (the annual reconciliation the industry's code of conduct asks for).
 */
final class FirmYears {
    private final TransactionContext ctx;

    FirmYears(final TransactionContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
    }

    FirmYearReconciliation reconcile(final String firmId, final int requestedYear) {
        final Ledger ledger = ctx.ledger();
        Firms.of(ctx).get(firmId);
        final int year = Attestations.checkYear(requestedYear);
        final String from = year + "-01-01";
        final String to = year + "-12-31";
        final FirmYearReconciliation.Builder result =
                FirmYearReconciliation.newBuilder().setFirmId(firmId).setYear(year);
        long in = 0;
        long out = 0;
        final Warranties warranties = Warranties.of(ctx);
        for (final Warranty w : warranties.of("buyer", firmId, from, to)) {
            result.addReceived(w);
            in += w.getCaratWeightMilli();
        }
        for (final Warranty w : warranties.of("seller", firmId, from, to)) {
            result.addIssued(w);
            out += w.getCaratWeightMilli();
        }
        final SourceBalances balances = SourceBalances.of(ctx);
        final String imports = Keys.importsOf(firmId);
        for (final KeyValue kv : ledger.range(imports + from, imports + to + Keys.END)) {
            final SourceBalance imported = balances.find(
                            SourceKind.CERTIFICATE, new String(kv.getValue(), StandardCharsets.UTF_8))
                    .orElseThrow();
            result.addImported(imported);
            in += imported.getReceivedMilli();
        }
        result.addAllTransformations(Transformations.of(ctx).of(firmId, from, to));
        final String owned = Keys.sourcesOf(firmId);
        for (final KeyValue kv : ledger.range(owned, owned + Keys.END)) {
            final String[] kindAndRef = kv.getKey().substring(owned.length()).split("~", 2);
            balances.find(SourceKind.valueOf(kindAndRef[0]), kindAndRef[1])
                    .filter(b -> b.getRemainingMilli() > 0)
                    .ifPresent(result::addOpenBalances);
        }
        return result.setCaratsInMilli(in)
                .setCaratsOutMilli(out)
                .setAttested(Attestations.of(ctx).isAttested(firmId, year))
                .build();
    }
}
