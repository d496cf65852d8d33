package org.kpcs.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.kpcs.gateway.certificate.Certificates;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.client.PeerChannels;
import org.kpcs.gateway.industry.Industry;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ConfirmImportRequest;
import org.kpcs.protos.FirmActivity;
import org.kpcs.protos.IssueCertificateRequest;
import org.kpcs.protos.IssueWarrantyRequest;
import org.kpcs.protos.PartyIdentification;
import org.kpcs.protos.RegisterFirmRequest;
import org.kpcs.protos.SourceDraw;
import org.kpcs.protos.SourceKind;
import org.kpcs.protos.WarrantyStatementVersion;
import org.kpcs.protos.WarrantyTrace;

/**
 * Measures how tracing a chain of warranties scales with its depth, on the running network: it builds one chain
 * of 100 invoices (two firms selling back and forth, each invoice drawing on the previous one) and times the
 * backward trace at depths 1, 10, 50 and 100. Run by scripts/bench-trace.sh, which enrols the two firm users.
 * A benchmark, not a test: it prints figures and asserts nothing about time.
 */
public final class TraceBenchmark {
    private static final int[] DEPTHS = {1, 10, 50, 100};
    private static final int SAMPLES = 7;

    private TraceBenchmark() {}

    public static void main(final String[] args) {
        if (args.length == 3 && "register".equals(args[0])) {
            registerFirms(Path.of(args[1]), args[2]);
            return;
        }
        if (args.length != 4) {
            System.err.println("usage: TraceBenchmark NETWORK_HOME RUN_ID FIRM_A_USER FIRM_B_USER");
            System.exit(2);
        }
        final Path home = Path.of(args[0]);
        final String run = args[1];
        final String firmA = "AE-F-BA-" + run.toUpperCase(java.util.Locale.ROOT);
        final String firmB = "AE-F-BB-" + run.toUpperCase(java.util.Locale.ROOT);
        final String today = LocalDate.now(ZoneOffset.UTC).toString();
        final String cert = "BW-BENCH-" + run.toUpperCase(java.util.Locale.ROOT);
        final int maxDepth = Arrays.stream(DEPTHS).max().orElseThrow();
        try (PeerChannels channels = new PeerChannels();
                KpGateway exporter = KpGateway.connect(home, "BW", "exporter", channels);
                KpGateway customs = KpGateway.connect(home, "BW", "customs", channels);
                KpGateway importer = KpGateway.connect(home, "AE", "importer", channels);
                KpGateway a = KpGateway.connect(home, "WDC", args[2], channels);
                KpGateway b = KpGateway.connect(home, "WDC", args[3], channels);
                KpGateway observer = KpGateway.connect(home, "CSO", "observer", channels)) {
            final long carats = 1_000_000;
            final CommercialDetails details = CommercialDetails.newBuilder()
                    .setValueUsdCents(1_000_00)
                    .setExporter(PartyIdentification.newBuilder().setName("Bench exporter"))
                    .setImporter(
                            PartyIdentification.newBuilder().setName("Bench A").setFirmId(firmA))
                    .setInvoiceReference("BENCH-" + run)
                    .setSalt(UUID.randomUUID().toString())
                    .build();
            final Certificates certificates = Certificates.of(exporter);
            certificates.issue(
                    IssueCertificateRequest.newBuilder()
                            .setNumber(cert)
                            .setImportingParticipant("AE")
                            .setOrigin("BW")
                            .setIssuingAuthority("Bench authority")
                            .setDateOfExpiry(
                                    LocalDate.now(ZoneOffset.UTC).plusDays(30).toString())
                            .setCaratWeightMilli(carats)
                            .setNumberOfParcels(1)
                            .setHsCode("7102.10")
                            .setContainerId("SEAL-" + cert)
                            .setConflictFreeDeclaration(true)
                            .build(),
                    details);
            Certificates.of(customs).seal(cert, "SEAL-" + cert, "");
            Certificates.of(importer).arrive(cert, "SEAL-" + cert, true, "");
            Certificates.of(importer)
                    .confirm(
                            ConfirmImportRequest.newBuilder()
                                    .setCertificateNumber(cert)
                                    .setNumberOfParcels(1)
                                    .setCaratWeightMilli(carats)
                                    .setDateOfReceipt(today)
                                    .build(),
                            details);

            final List<Long> submitMillis = new ArrayList<>();
            SourceDraw previous = SourceDraw.newBuilder()
                    .setKind(SourceKind.CERTIFICATE)
                    .setRef(cert)
                    .setCaratWeightMilli(carats)
                    .build();
            System.out.printf("building a chain of %d warranty invoices from %s ...%n", maxDepth, cert);
            for (int depth = 1; depth <= maxDepth; depth++) {
                final boolean fromA = depth % 2 == 1;
                final String invoice = "BENCH-" + run + "-" + depth;
                final long start = System.nanoTime();
                Industry.of(fromA ? a : b)
                        .issueWarranty(IssueWarrantyRequest.newBuilder()
                                .setInvoiceId(invoice)
                                .setSellerFirm(fromA ? firmA : firmB)
                                .setBuyerFirm(fromA ? firmB : firmA)
                                .setInvoiceDate(today)
                                .setStatementVersion(WarrantyStatementVersion.SOW_REVISED)
                                .addSources(previous)
                                .setInvoiceHash("d".repeat(64))
                                .build());
                submitMillis.add((System.nanoTime() - start) / 1_000_000);
                previous = SourceDraw.newBuilder()
                        .setKind(SourceKind.INVOICE)
                        .setRef(invoice)
                        .setCaratWeightMilli(carats)
                        .build();
            }
            final long total = submitMillis.stream().mapToLong(Long::longValue).sum();
            System.out.printf(
                    "warranty submit (endorse + order + commit), sequential: %d invoices in %.1f s,"
                            + " mean %d ms, median %d ms, %.2f tx/s%n",
                    maxDepth, total / 1000.0, total / maxDepth, median(submitMillis), maxDepth * 1000.0 / total);
            System.out.printf("%-8s %-8s %-12s %-12s %-12s%n", "depth", "nodes", "median ms", "min ms", "max ms");
            final Industry reader = Industry.of(observer);
            for (final int depth : DEPTHS) {
                final String invoice = "BENCH-" + run + "-" + depth;
                reader.trace(SourceKind.INVOICE, invoice); // warm the path once
                final List<Long> samples = new ArrayList<>();
                int nodes = 0;
                for (int i = 0; i < SAMPLES; i++) {
                    final long start = System.nanoTime();
                    final WarrantyTrace trace = reader.trace(SourceKind.INVOICE, invoice);
                    samples.add((System.nanoTime() - start) / 1_000_000);
                    nodes = trace.getNodesVisited();
                }
                System.out.printf(
                        "%-8d %-8d %-12d %-12d %-12d%n",
                        depth, nodes, median(samples), Collections.min(samples), Collections.max(samples));
            }
            final Runtime runtime = Runtime.getRuntime();
            System.out.printf(
                    "client heap in use: %d MiB%n", (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
        }
    }

    /** Registers the two firms; the script calls this before enrolling their users. */
    public static void registerFirms(final Path home, final String run) {
        try (PeerChannels channels = new PeerChannels();
                KpGateway ae = KpGateway.connect(home, "AE", "importer", channels)) {
            for (final String id : List.of("AE-F-BA-", "AE-F-BB-")) {
                final String firm = id + run.toUpperCase(java.util.Locale.ROOT);
                Industry.of(ae)
                        .registerFirm(RegisterFirmRequest.newBuilder()
                                .setFirmId(firm)
                                .setName("Bench firm " + firm)
                                .setAddress("Dubai")
                                .setCountry("AE")
                                .setLicenceNumber("LIC-" + firm)
                                .addActivities(FirmActivity.BUYER)
                                .addActivities(FirmActivity.SELLER)
                                .build());
            }
        }
    }

    private static long median(final List<Long> values) {
        final List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
