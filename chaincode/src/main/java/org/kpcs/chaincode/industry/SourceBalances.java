package org.kpcs.chaincode.industry;

import java.math.BigDecimal;
import java.util.Objects;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.SourceBalance;
import org.kpcs.protos.SourceDraw;
import org.kpcs.protos.SourceKind;

/**
 * Carats are conserved: each source (a confirmed KP Certificate, a warranty invoice, a transformation) keeps
 * its own remaining balance, like an unspent output, consumed by the records that cite it. There is no
 * firm-wide running total, so no key every transaction of a firm would contend for.
 */
public final class SourceBalances {
    static final String BALANCE = "balance";
    /** Owner index: a firm's sources, for reconciliation. */
    static final String INDEX_BY_OWNER = "IDX~balance~";
    /** Forward index: who drew on a source, for tracing a certificate forward. */
    static final String INDEX_DRAWS = "IDX~draws~";

    private final Ledger ledger;

    /** The transaction's SourceBalances. */
    public static SourceBalances of(final TransactionContext ctx) {
        return ctx.repository(SourceBalances.class, SourceBalances::new);
    }

    public SourceBalances(final Ledger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    String key(final SourceKind kind, final String ref) {
        return ledger.key(BALANCE, kind.name(), ref);
    }

    public java.util.Optional<SourceBalance> find(final SourceKind kind, final String ref) {
        return ledger.read(key(kind, ref), SourceBalance.parser());
    }

    /** A new source owned by {@code balance.owner_firm}, with all its carats remaining. */
    public void open(final SourceBalance balance) {
        ledger.write(key(balance.getKind(), balance.getRef()), balance);
        ledger.write(ownerIndex(balance.getOwnerFirm(), balance.getKind(), balance.getRef()), balance.getRef());
    }

    /**
     * Checks that the firm owns the source and that it has the carats left; returns the balance after the draw,
     * without writing anything (so every source of a record is checked before any is drawn).
     */
    public SourceBalance check(final String firm, final SourceDraw draw) {
        final SourceBalance balance = find(draw.getKind(), draw.getRef())
                .orElseThrow(() -> Refusal.of(
                        ErrorCode.SOURCE_NOT_FOUND,
                        "no " + draw.getKind() + " " + draw.getRef()
                                + " with carats to draw on"
                                + (draw.getKind() == SourceKind.CERTIFICATE
                                        ? "; a Certificate becomes a source when its importer, a registered firm, has"
                                                + " confirmed the import"
                                        : "")));
        if (!balance.getOwnerFirm().equals(firm)) {
            throw Refusal.of(
                    ErrorCode.SOURCE_NOT_OWNED,
                    draw.getKind() + " " + draw.getRef() + " belongs to firm " + balance.getOwnerFirm() + ", not "
                            + firm + "; a firm warrants only what it acquired");
        }
        if (draw.getCaratWeightMilli() > balance.getRemainingMilli()) {
            throw Refusal.of(
                    ErrorCode.OVER_WARRANTED,
                    draw.getKind() + " " + draw.getRef() + " has "
                            + carats(balance.getRemainingMilli()) + " ct left of " + carats(balance.getReceivedMilli())
                            + "; " + carats(draw.getCaratWeightMilli()) + " ct cannot be drawn from it");
        }
        return balance.toBuilder()
                .setRemainingMilli(balance.getRemainingMilli() - draw.getCaratWeightMilli())
                .build();
    }

    /** Records a checked draw: the source's new balance and the forward link from the source to its consumer. */
    public void draw(
            final SourceBalance after, final SourceDraw draw, final SourceKind consumerKind, final String consumerRef) {
        ledger.write(key(draw.getKind(), draw.getRef()), after);
        ledger.write(
                INDEX_DRAWS + draw.getKind().name() + "~" + draw.getRef() + "~" + consumerKind.name() + "~"
                        + consumerRef,
                Long.toString(draw.getCaratWeightMilli()));
    }

    /** Undoes a draw whose consumer was cancelled (a voided re-export Certificate): the carats return. */
    public void giveBack(final SourceDraw draw, final SourceKind consumerKind, final String consumerRef) {
        final SourceBalance balance = find(draw.getKind(), draw.getRef()).orElseThrow();
        ledger.write(
                key(draw.getKind(), draw.getRef()),
                balance.toBuilder()
                        .setRemainingMilli(balance.getRemainingMilli() + draw.getCaratWeightMilli())
                        .build());
        ledger.delete(INDEX_DRAWS + draw.getKind().name() + "~" + draw.getRef() + "~" + consumerKind.name() + "~"
                + consumerRef);
    }

    static String ownerIndex(final String firm, final SourceKind kind, final String ref) {
        return INDEX_BY_OWNER + firm + "~" + kind.name() + "~" + ref;
    }

    static String carats(final long milli) {
        return BigDecimal.valueOf(milli, 3).toPlainString();
    }
}
