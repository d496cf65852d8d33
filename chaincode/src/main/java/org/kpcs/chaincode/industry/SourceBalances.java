package org.kpcs.chaincode.industry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kpcs.chaincode.ledger.Keys;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.IssueCertificateRequest;
import org.kpcs.protos.SourceBalance;
import org.kpcs.protos.SourceDraw;
import org.kpcs.protos.SourceKind;

/**
 * Carats are conserved: each source (a confirmed KP Certificate, a warranty invoice, a transformation) keeps
 * its own remaining balance, like an unspent output, consumed by the records that cite it. There is no
 * firm-wide running total, so no key every transaction of a firm would contend for.
 */
public final class SourceBalances {
    private final Ledger ledger;

    /** The transaction's SourceBalances. */
    public static SourceBalances of(final TransactionContext ctx) {
        return ctx.repository(SourceBalances.class, c -> new SourceBalances(c.ledger()));
    }

    public SourceBalances(final Ledger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    private static String key(final SourceKind kind, final String ref) {
        return Keys.balance(kind, ref);
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
        ledger.write(drawKey(draw, consumerKind, consumerRef), Long.toString(draw.getCaratWeightMilli()));
    }

    /** Undoes a draw whose consumer was cancelled (a voided re-export Certificate): the carats return. */
    public void giveBack(final SourceDraw draw, final SourceKind consumerKind, final String consumerRef) {
        final SourceBalance balance = find(draw.getKind(), draw.getRef()).orElseThrow();
        ledger.write(
                key(draw.getKind(), draw.getRef()),
                balance.toBuilder()
                        .setRemainingMilli(balance.getRemainingMilli() + draw.getCaratWeightMilli())
                        .build());
        ledger.delete(drawKey(draw, consumerKind, consumerRef));
    }

    private static String drawKey(final SourceDraw draw, final SourceKind consumerKind, final String consumerRef) {
        return Keys.drawsOn(draw.getKind(), draw.getRef()) + consumerKind.name() + "~" + consumerRef;
    }

    static String ownerIndex(final String firm, final SourceKind kind, final String ref) {
        return Keys.sourcesOf(firm) + kind.name() + "~" + ref;
    }

    /**
     * Checks every source of a record dated {@code date} before any is drawn: owned by the firm, with the
     * carats left, and acquired no later than the record (no backdating). Returns the balances after the draws.
     */
    public List<SourceBalance> checkAll(final String firm, final List<SourceDraw> draws, final LocalDate date) {
        final List<SourceBalance> after = new ArrayList<>();
        for (final SourceDraw draw : draws) {
            final SourceBalance checked = check(firm, draw);
            if (date != null
                    && !checked.getAcquiredOn().isEmpty()
                    && date.isBefore(LocalDate.parse(checked.getAcquiredOn()))) {
                throw Refusal.of(
                        ErrorCode.INVALID_ARGUMENT,
                        "dated " + date + ", before " + checked.getOwnerFirm() + " acquired " + checked.getKind() + " "
                                + checked.getRef() + " on " + checked.getAcquiredOn());
            }
            after.add(checked);
        }
        return after;
    }

    /** Records the draws {@link #checkAll} checked, in the same order. */
    public void drawAll(
            final List<SourceBalance> after,
            final List<SourceDraw> draws,
            final SourceKind consumerKind,
            final String consumerRef) {
        for (int i = 0; i < after.size(); i++) {
            draw(after.get(i), draws.get(i), consumerKind, consumerRef);
        }
    }

    /**
     * A confirmed import by a registered firm becomes that firm's first source in the chain of warranties: it
     * may warrant up to the certificate's carats (KPCS IV, industry self-regulation).
     */
    public void openImport(final Certificate certificate, final String firm, final LocalDate received) {
        open(SourceBalance.newBuilder()
                .setKind(SourceKind.CERTIFICATE)
                .setRef(certificate.getNumber())
                .setOwnerFirm(firm)
                .setReceivedMilli(certificate.getCaratWeightMilli())
                .setRemainingMilli(certificate.getCaratWeightMilli())
                .setAcquiredOn(received.toString())
                .setOrigin(certificate.getOrigin())
                .addAllMixedOrigins(certificate.getMixedOriginsList())
                .build());
        ledger.write(Keys.importsOf(firm) + received + "~" + certificate.getNumber(), certificate.getNumber());
    }

    /**
     * Carats are conserved across a re-export: a registered firm that exports goods of another origin than the
     * exporting Participant draws them from the sources under which it acquired them (Section IV, industry
     * self-regulation). A parcel of one origin draws all its carats; a mixed parcel may draw part. Returns the
     * checked balances; nothing is written here ({@link #drawAll} does, once the Certificate is made).
     */
    public List<SourceBalance> checkReExport(
            final IssueCertificateRequest request, final String firm, final String exporter, final boolean mixed) {
        if (firm.isEmpty()) {
            if (request.getExporterSourcesCount() > 0) {
                throw Refusal.of(
                        ErrorCode.INVALID_ARGUMENT,
                        "exporter sources are drawn by a registered exporting firm; name it in the details");
            }
            return List.of();
        }
        if (request.getExporterSourcesCount() == 0) {
            if (!exporter.equals(request.getOrigin())) {
                throw Refusal.of(
                        ErrorCode.INVALID_ARGUMENT,
                        "firm " + firm + " re-exports diamonds of origin " + request.getOrigin()
                                + ": cite the sources it acquired them under, so the carats leave its balances");
            }
            return List.of();
        }
        final long total = WarrantyRules.checkSources(request.getNumber(), request.getExporterSourcesList());
        final String certified = carats(request.getCaratWeightMilli()) + " ct";
        if (total > request.getCaratWeightMilli()) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "the exporter's sources add up to " + carats(total) + " ct, more than the " + certified
                            + " the Certificate is for");
        }
        if (total < request.getCaratWeightMilli() && !mixed) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "the exporter's sources add up to " + carats(total) + " ct; a parcel of one origin draws all its "
                            + certified + " from them (only a mixed parcel may add goods held outside the ledger)");
        }
        final List<SourceBalance> checked = checkAll(firm, request.getExporterSourcesList(), null);
        checked.stream().filter(SourceBalance::getPolished).findFirst().ifPresent(b -> {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    b.getRef() + " is polished; a KP Certificate covers rough diamonds only");
        });
        return checked;
    }

    static String carats(final long milli) {
        return BigDecimal.valueOf(milli, 3).toPlainString();
    }
}
