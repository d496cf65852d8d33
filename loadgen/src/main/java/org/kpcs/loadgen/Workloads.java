package org.kpcs.loadgen;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.client.KpGateway.Submission;
import org.kpcs.loadgen.Workload.Operation;
import org.kpcs.loadgen.Workload.Step;
import org.kpcs.protos.IssueWarrantyRequest;
import org.kpcs.protos.SourceDraw;
import org.kpcs.protos.SourceKind;
import org.kpcs.protos.TraceInvoiceRequest;
import org.kpcs.protos.WarrantyStatementVersion;

/** The workloads of issue 9: the baseline, issuance, the full lifecycle, warranties and traces. */
final class Workloads {
    /** A blind write's value: about the size of a public Certificate record. */
    private static final String BASELINE_VALUE = "x".repeat(320);

    private static final long LANE_SOURCE_MILLI = 1_000_000_000L;
    private static final long DRAW_MILLI = 1_000;
    private static final long SERIES_WRAP = 36L * 36 * 36 * 36 * 36;

    private final Connections connections;
    private final Shipments shipments;
    private final String run;
    private final AtomicLong sequence = new AtomicLong();
    /**
     * This process's part of every key: when it started, in tenths of a second (base 36, wrapping after 70 days),
     * so that the load generator processes of one run, started one after another, never make the same key.
     */
    private final String series =
            Long.toString(System.currentTimeMillis() / 100 % SERIES_WRAP, 36).toUpperCase(Locale.ROOT);

    Workloads(final Connections connections, final String run) {
        this.connections = connections;
        this.shipments = new Shipments(connections, run);
        this.run = run.toUpperCase(Locale.ROOT);
    }

    /** Client c writes through the peer of Participant c mod n. */
    private String participantOf(final int client) {
        final List<String> all = connections.participants();
        return all.get(client % all.size());
    }

    private String partnerOf(final int client) {
        final List<String> all = connections.participants();
        return all.get((client + 1) % all.size());
    }

    /** A key part unique in the run: the workload's letter, the process's series, the client and a sequence number. */
    private String tag(final String workload, final int client) {
        return workload.substring(0, 1).toUpperCase(Locale.ROOT) + series + "-" + client + "-"
                + sequence.incrementAndGet();
    }

    /** One key per transaction on the baseline chaincode, through the same peers and with the same policy. */
    Workload baseline() {
        return workload("baseline", (client, lane) -> {
            final KpGateway gateway = connections.baselineAs(participantOf(client), "exporter");
            final String key = "bench-" + run + "-" + tag("baseline", client);
            return Operation.of(Step.submit(
                    gateway,
                    new Submission(
                            "Baseline",
                            "Put",
                            List.of(
                                    key.getBytes(StandardCharsets.UTF_8),
                                    BASELINE_VALUE.getBytes(StandardCharsets.UTF_8)),
                            Map.of(),
                            List.of())));
        });
    }

    /**
     * The baseline's read-modify-write ({@code Increment}): with {@code hot}, every transaction adds one to the
     * same counter, so transactions in one block conflict; without, each has its own counter, as each Certificate
     * has its own keys.
     */
    Workload counters(final boolean hot) {
        final String hotKey = "hot-" + run;
        return workload(hot ? "rmw-hot-key" : "rmw-own-key", (client, lane) -> {
            final String key = hot ? hotKey : "count-" + run + "-" + tag("counter", client);
            return Operation.of(Step.submit(
                    connections.baselineAs(participantOf(client), "exporter"),
                    new Submission(
                            "Baseline",
                            "Increment",
                            List.of(key.getBytes(StandardCharsets.UTF_8)),
                            Map.of(),
                            List.of())));
        });
    }

    /** The same query again and again, evaluated by {@code gateway}. */
    static Workload query(final String name, final KpGateway gateway, final Submission query) {
        return workload(name, (client, lane) -> Operation.of(Step.evaluate(gateway, query)));
    }

    /** Certificates issued with their commercial details as private data. */
    Workload issuance() {
        return workload(
                "issuance",
                (client, lane) -> Operation.of(shipments.issue(shipments.shipment(
                        participantOf(client), partnerOf(client), tag("issuance", client), 1_000_000, ""))));
    }

    /** Issue, seal, arrive and confirm, one after another, for each Certificate. */
    Workload lifecycle() {
        return workload(
                "lifecycle",
                (client, lane) -> new Operation(shipments.lifecycle(shipments.shipment(
                        participantOf(client), partnerOf(client), tag("lifecycle", client), 1_000_000, ""))));
    }

    /**
     * Warranty invoices from firm A to firm B, each drawing 1 ct on its lane's own Certificate, so that no two
     * warranties in flight draw on the same source (a source's balance is one key). Prepares one confirmed
     * Certificate per lane, imported by firm A, all at once.
     */
    Workload warranties(final int lanes, final String firmA, final String firmAUser, final String firmB) {
        final List<String> sources = sources("WS", lanes, firmA);
        final KpGateway seller = connections.as("WDC", firmAUser);
        return workload("warranty", (client, lane) -> {
            final IssueWarrantyRequest request = IssueWarrantyRequest.newBuilder()
                    .setInvoiceId("W-" + run + "-" + tag("warranty", client))
                    .setSellerFirm(firmA)
                    .setBuyerFirm(firmB)
                    .setInvoiceDate(Shipments.today().toString())
                    .setStatementVersion(WarrantyStatementVersion.SOW_REVISED)
                    .addSources(SourceDraw.newBuilder()
                            .setKind(SourceKind.CERTIFICATE)
                            .setRef(sources.get(lane))
                            .setCaratWeightMilli(DRAW_MILLI))
                    .setInvoiceHash("d".repeat(64))
                    .build();
            return Operation.of(Step.submit(seller, Submission.of("Warranties", "IssueWarranty", request)));
        });
    }

    /** The trace of one invoice, as the civil-society observer runs it. */
    Workload trace(final String invoice, final int depth) {
        final KpGateway observer = connections.as("CSO", "observer");
        final Submission query = Submission.of(
                "Warranties",
                "TraceInvoice",
                TraceInvoiceRequest.newBuilder()
                        .setKind(SourceKind.INVOICE)
                        .setRef(invoice)
                        .build());
        return query("trace-" + depth, observer, query);
    }

    /**
     * A chain of {@code depth} invoices {@code PREFIX-run-1}, ..., firms A and B selling back and forth, each drawing
     * on the one before, from the confirmed Certificate {@code cert} of firm A; returns the invoice ids, the first at
     * depth 1.
     */
    @SuppressWarnings("PMD.CloseResource") // the connections own and close every gateway
    List<String> chain(
            final String prefix,
            final String cert,
            final int depth,
            final String firmA,
            final String firmAUser,
            final String firmB,
            final String firmBUser) {
        final List<String> invoices = new java.util.ArrayList<>();
        SourceDraw previous = SourceDraw.newBuilder()
                .setKind(SourceKind.CERTIFICATE)
                .setRef(cert)
                .setCaratWeightMilli(1_000_000)
                .build();
        for (int d = 1; d <= depth; d++) {
            final boolean fromA = d % 2 == 1;
            final String invoice = prefix + "-" + run + "-" + d;
            final KpGateway seller = connections.as("WDC", fromA ? firmAUser : firmBUser);
            final IssueWarrantyRequest request = IssueWarrantyRequest.newBuilder()
                    .setInvoiceId(invoice)
                    .setSellerFirm(fromA ? firmA : firmB)
                    .setBuyerFirm(fromA ? firmB : firmA)
                    .setInvoiceDate(Shipments.today().toString())
                    .setStatementVersion(WarrantyStatementVersion.SOW_REVISED)
                    .addSources(previous)
                    .setInvoiceHash("d".repeat(64))
                    .build();
            PeerLag.retrying(() -> seller.submit("Warranties", "IssueWarranty", request));
            invoices.add(invoice);
            previous = SourceDraw.newBuilder()
                    .setKind(SourceKind.INVOICE)
                    .setRef(invoice)
                    .setCaratWeightMilli(1_000_000)
                    .build();
        }
        return invoices;
    }

    /** {@code count} Certificates BW to AE, confirmed to firm A, their lifecycles run side by side. */
    List<String> sources(final String prefix, final int count, final String firmA) {
        final ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 64));
        try {
            final List<Future<String>> done = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                final Shipments.Shipment s = shipments.shipment(
                        "BW",
                        "AE",
                        prefix + series + "-" + i + "-" + sequence.incrementAndGet(),
                        LANE_SOURCE_MILLI,
                        firmA);
                done.add(pool.submit(() -> {
                    for (final Step step : shipments.lifecycle(s)) {
                        PeerLag.retrying(() -> step.gateway().submit(step.submission()));
                    }
                    return s.number();
                }));
            }
            final List<String> numbers = new java.util.ArrayList<>();
            for (final Future<String> f : done) {
                numbers.add(f.get());
            }
            return numbers;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing sources", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("preparing the warranty sources failed: " + e.getCause(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface Next {
        Operation next(int client, int lane);
    }

    private static Workload workload(final String name, final Next next) {
        return new Workload() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Operation next(final int client, final int lane) {
                return next.next(client, lane);
            }
        };
    }
}
