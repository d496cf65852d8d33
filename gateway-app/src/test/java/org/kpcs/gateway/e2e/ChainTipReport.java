package org.kpcs.gateway.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What an operator needs when nodes do not converge: each node's last block, and for every node that differs from
 * the reference peer the end of its log (Fabric's own messages, information and above), so that a failed drill says which node
 * lagged and what it was doing rather than only that the wait ran out.
 */
final class ChainTipReport {
    private static final int LOG_LINES = 40;

    private ChainTipReport() {}

    /** One line per node: {@code peer-BW 41 ab12...}, or the read's error; then the lagging nodes' log tails. */
    static String of(final String referencePeer, final List<String> peers, final List<String> orderers) {
        final Map<String, String> tips = new LinkedHashMap<>();
        peers.forEach(org -> tips.put("peer-" + org, read(NetworkNodes::peerTip, org)));
        orderers.forEach(org -> tips.put("orderer-" + org, read(NetworkNodes::ordererTip, org)));
        final String reference = tips.get("peer-" + referencePeer);
        final StringBuilder report = new StringBuilder("chain tips (reference peer-" + referencePeer + "):");
        tips.forEach(
                (node, tip) -> report.append("\n  ").append(node).append(' ').append(tip));
        tips.forEach((node, tip) -> {
            if (!tip.equals(reference)) {
                report.append("\n--- last ")
                        .append(LOG_LINES)
                        .append(" lines of ")
                        .append(node)
                        .append(".log:");
                logTail(node).forEach(line -> report.append("\n  ").append(line));
            }
        });
        return report.toString();
    }

    private static String read(final Function<String, NetworkNodes.ChainTip> reader, final String org) {
        try {
            final NetworkNodes.ChainTip tip = reader.apply(org);
            return tip.number() + " " + tip.hash();
        } catch (RuntimeException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    /** Fabric's own messages at INFO and above; the gRPC transport's chatter hides them. */
    private static boolean tellsTheStory(final String line) {
        return !line.contains(" DEBU ") && !line.contains("[grpc]") && !line.contains("[comm.grpc.server]");
    }

    private static List<String> logTail(final String node) {
        final Path log = LocalNetwork.home().resolve("logs").resolve(node + ".log");
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            final List<String> kept =
                    lines.filter(ChainTipReport::tellsTheStory).toList();
            return kept.subList(Math.max(0, kept.size() - LOG_LINES), kept.size());
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of("(no log: " + e.getMessage() + ")");
        }
    }
}
