package org.kpcs.loadgen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kpcs.gateway.industry.Industry;
import org.kpcs.protos.FirmActivity;
import org.kpcs.protos.RegisterFirmRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The load generator's command line: {@code java -jar loadgen/target/kpcs-loadgen.jar run|firms|ledger|index|report ...}. */
@Command(
        name = "kpcs-loadgen",
        mixinStandardHelpOptions = true,
        description = "Throughput and latency of the Kimberley network under load (scripts/bench.sh runs it).",
        subcommands = {
            LoadGenerator.Run.class,
            LoadGenerator.Firms.class,
            LedgerGrowth.class,
            IndexGrowth.class,
            PerformanceReport.class
        })
public final class LoadGenerator {
    private LoadGenerator() {}

    public static void main(final String[] args) {
        System.exit(new CommandLine(new LoadGenerator()).execute(args));
    }

    /** The two firms a warranty or trace workload needs: their ids for a run. */
    static String firm(final String letter, final String run) {
        return "AE-F-L" + letter + "-" + run.toUpperCase(Locale.ROOT);
    }

    @Command(name = "firms", description = "Registers the run's two firms (AE), before their users are enrolled.")
    static final class Firms implements Callable<Integer> {
        @Option(names = "--network-home", required = true)
        private Path home;

        @Option(names = "--run", required = true, description = "the run's id, part of every key it writes")
        private String run;

        @Override
        public Integer call() {
            try (Connections connections = new Connections(home)) {
                for (final String letter : List.of("A", "B")) {
                    final String id = firm(letter, run);
                    Industry.of(connections.as("AE", "importer"))
                            .registerFirm(RegisterFirmRequest.newBuilder()
                                    .setFirmId(id)
                                    .setName("Load firm " + id)
                                    .setAddress("Dubai")
                                    .setCountry("AE")
                                    .setLicenceNumber("LIC-" + id)
                                    .addActivities(FirmActivity.BUYER)
                                    .addActivities(FirmActivity.SELLER)
                                    .build());
                    System.out.println(id);
                }
            }
            return 0;
        }
    }

    @Command(
            name = "run",
            description = "Runs a workload at each number of clients and appends one results line per run.")
    static final class Run implements Callable<Integer> {
        @Option(names = "--network-home", required = true)
        private Path home;

        @Option(names = "--run", required = true, description = "the run's id, part of every key it writes")
        private String runId;

        @Option(
                names = "--workload",
                required = true,
                description = "baseline, issuance, lifecycle, warranty, trace, rmw-own-key or rmw-hot-key")
        private String workload;

        @Option(names = "--clients", split = ",", defaultValue = "1,4,16", description = "client counts to run")
        private List<Integer> clients;

        @Option(names = "--in-flight-per-client", defaultValue = "8", description = "operations in flight per client")
        private int perClient;

        @Option(names = "--rate", defaultValue = "0", description = "transactions per second; 0: as fast as it goes")
        private double rate;

        @Option(names = "--warmup", defaultValue = "5", description = "seconds before measuring")
        private int warmup;

        @Option(names = "--duration", defaultValue = "20", description = "seconds measured")
        private int duration;

        @Option(names = "--depths", split = ",", defaultValue = "1,10,50,100", description = "trace depths")
        private List<Integer> depths;

        @Option(names = "--firm-users", split = ",", description = "the WDC users of firms A and B (warranty, trace)")
        private List<String> firmUsers;

        @Option(names = "--results", description = "file to append the results to (tab-separated)")
        private Path results;

        @Option(
                names = "--experiment",
                defaultValue = RunResult.MAIN,
                description = "the tuning experiment these runs belong to (batch, gateway, jvm, keys); main by default")
        private String experiment;

        @Option(names = "--setting", defaultValue = "", description = "what the experiment set for these runs")
        private String setting;

        @Override
        public Integer call() throws IOException, InterruptedException {
            try (Connections connections = new Connections(home)) {
                final Workloads workloads = new Workloads(connections, runId);
                final ProcessCpu cpu = new ProcessCpu(home);
                final int maxLanes =
                        clients.stream().mapToInt(Integer::intValue).max().orElse(1) * perClient;
                if ("trace".equals(workload)) {
                    requireFirmUsers();
                    final int deepest =
                            depths.stream().mapToInt(Integer::intValue).max().orElse(1);
                    System.out.printf("[trace] building a chain of %d warranty invoices ...%n", deepest);
                    final List<String> chain = workloads.chain(
                            "T",
                            workloads.sources("TS", 1, firm("A", runId)).get(0),
                            deepest,
                            firm("A", runId),
                            firmUsers.get(0),
                            firm("B", runId),
                            firmUsers.get(1));
                    for (final int depth : depths) {
                        for (final int n : clients) {
                            measure(workloads.trace(chain.get(depth - 1), depth), n, connections, cpu);
                        }
                    }
                    return 0;
                }
                final Workload w =
                        switch (workload) {
                            case "baseline" -> workloads.baseline();
                            case "issuance" -> workloads.issuance();
                            case "lifecycle" -> workloads.lifecycle();
                            case "rmw-own-key" -> workloads.counters(false);
                            case "rmw-hot-key" -> workloads.counters(true);
                            case "warranty" -> {
                                requireFirmUsers();
                                System.out.printf(
                                        "[warranty] preparing %d confirmed Certificates as sources ...%n", maxLanes);
                                yield workloads.warranties(
                                        maxLanes, firm("A", runId), firmUsers.get(0), firm("B", runId));
                            }
                            default ->
                                throw new CommandLine.ParameterException(
                                        new CommandLine(this), "unknown workload " + workload);
                        };
                for (final int n : clients) {
                    measure(w, n, connections, cpu);
                }
            }
            return 0;
        }

        private void requireFirmUsers() {
            if (firmUsers == null || firmUsers.size() != 2) {
                throw new CommandLine.ParameterException(
                        new CommandLine(this), workload + " needs --firm-users USER_A,USER_B");
            }
        }

        private void measure(final Workload w, final int n, final Connections connections, final ProcessCpu cpu)
                throws IOException, InterruptedException {
            new Measurement(warmup, duration, rate, results)
                    .run(w, n, n * perClient, connections.as("CSO", "observer").network(), cpu, experiment, setting);
        }
    }
}
