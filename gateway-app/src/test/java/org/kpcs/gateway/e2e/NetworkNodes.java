package org.kpcs.gateway.e2e;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockchainInfo;
import org.kpcs.protos.OrderingNode;

/**
 * The processes of the real network as an operator sees them: kill one with SIGKILL (as a crash would), start it
 * again with {@code kpnet start}, and read each node's chain (height and the hash of its last block) with Fabric's
 * own CLI, so that tests can compare every peer and every ordering node.
 */
final class NetworkNodes {
    private static final Path ROOT = Path.of(System.getProperty("kpcs.root", "."));
    private static final Map<String, Map<String, String>> PEER_ENV = new java.util.concurrent.ConcurrentHashMap<>();

    private NetworkNodes() {}

    /** The last block a node holds: its number and the hash of its header (what the next block links to). */
    record ChainTip(long number, String hash) {}

    /** SIGKILL to a component kpnet started (orderer-BW, peer-AE, chaincode-IN-2, ...), by its pid file. */
    static void kill9(final String component) {
        final Path pidFile = LocalNetwork.home().resolve("pids").resolve(component + ".pid");
        try {
            final long pid = Long.parseLong(Files.readString(pidFile).strip().split("\\s+")[0]);
            final ProcessHandle process = ProcessHandle.of(pid)
                    .orElseThrow(() -> new IllegalStateException(component + " (pid " + pid + ") is not running"));
            process.destroyForcibly();
            process.onExit().get();
        } catch (IOException e) {
            throw new UncheckedIOException("no pid file for " + component, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code kpnet start COMPONENT...}: starts them again and waits until each is ready. */
    static void start(final String... components) {
        final List<String> command =
                new ArrayList<>(List.of(ROOT.resolve("network/kpnet").toString(), "start"));
        command.addAll(List.of(components));
        run(command, Map.of());
    }

    /** {@code kpnet up} on a running network: starts whatever is not running. */
    static void startAllStopped() {
        run(List.of(ROOT.resolve("network/kpnet").toString(), "up"), Map.of());
    }

    /** The chaincode server's component name of ORG for the committed sequence (chaincode-BW-2, say). */
    static String chaincodeServer(final String org) {
        try {
            final String sequence = Files.readString(
                            LocalNetwork.home().resolve("chaincode").resolve("current"))
                    .strip()
                    .split("\\s+")[0];
            return "chaincode-" + org + "-" + sequence;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tip of the peer of ORG, from {@code peer channel getinfo}. */
    static ChainTip peerTip(final String org) {
        final String out = run(
                List.of(
                        "peer",
                        "channel",
                        "getinfo",
                        "-c",
                        LocalNetwork.profile().getChannel()),
                peerEnv(org));
        final String marker = "Blockchain info: ";
        final int at = out.indexOf(marker);
        if (at < 0) {
            throw new IllegalStateException("peer channel getinfo of " + org + " printed no chain info: " + out);
        }
        final String json = out.substring(at + marker.length()).strip();
        final BlockchainInfo.Builder info = BlockchainInfo.newBuilder();
        try {
            JsonFormat.parser().ignoringUnknownFields().merge(json, info);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("unreadable getinfo output of " + org + ": " + out, e);
        }
        return new ChainTip(
                info.getHeight() - 1,
                HexFormat.of().formatHex(info.getCurrentBlockHash().toByteArray()));
    }

    /** The tip of the ordering node of ORG: its newest block, delivered by that node alone. */
    static ChainTip ordererTip(final String org) {
        // any Participant's admin may read blocks; the first one's does
        final Map<String, String> env = peerEnv(LocalNetwork.profile().getParticipants(0));
        final Path file = LocalNetwork.home().resolve("fault-drill-" + org + ".block");
        run(
                List.of(
                        "peer",
                        "channel",
                        "fetch",
                        "newest",
                        file.toString(),
                        "-c",
                        LocalNetwork.profile().getChannel(),
                        "-o",
                        orderer(org).getEndpoint(),
                        "--tls",
                        "--cafile",
                        orderer(org).getTlsRootCert()),
                env);
        try {
            final BlockHeader header = Block.parseFrom(Files.readAllBytes(file)).getHeader();
            return new ChainTip(header.getNumber(), headerHash(header));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fabric's block hash: SHA-256 of the DER sequence (number, previous hash, data hash). */
    static String headerHash(final BlockHeader header) {
        final ASN1EncodableVector fields = new ASN1EncodableVector();
        fields.add(new ASN1Integer(header.getNumber()));
        fields.add(new DEROctetString(header.getPreviousHash().toByteArray()));
        fields.add(new DEROctetString(header.getDataHash().toByteArray()));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(new DERSequence(fields).getEncoded()));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls until the condition holds (a failing read counts as "not yet"), or fails naming what did not happen. */
    static void await(final String what, final Duration timeout, final BooleanSupplier condition) {
        final long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException lastError = null;
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                lastError = e;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + timeout.toSeconds() + " s", lastError);
            }
            sleep(Duration.ofMillis(500));
        }
    }

    static void sleep(final Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** ORG's ordering node, as the network's profile (network.json) lists it. */
    private static OrderingNode orderer(final String org) {
        return LocalNetwork.profile().getOrderersList().stream()
                .filter(node -> node.getOrg().equals(org))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(org + " runs no ordering node (see network.json)"));
    }

    /** The environment {@code kpnet env ORG admin} prints, for Fabric's peer CLI; read once per organisation. */
    private static Map<String, String> peerEnv(final String org) {
        return PEER_ENV.computeIfAbsent(org, NetworkNodes::readPeerEnv);
    }

    private static Map<String, String> readPeerEnv(final String org) {
        final String exports = run(List.of(ROOT.resolve("network/kpnet").toString(), "env", org, "admin"), Map.of());
        final Map<String, String> env = new HashMap<>(Map.of("FABRIC_LOGGING_SPEC", "warning"));
        for (final String line : exports.split("\n")) {
            if (line.startsWith("export ")) {
                final int eq = line.indexOf('=');
                String value = line.substring(eq + 1);
                if (value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                env.put(line.substring("export ".length(), eq), value.replace("$PATH", System.getenv("PATH")));
            }
        }
        return env;
    }

    private static String run(final List<String> command, final Map<String, String> env) {
        try {
            final List<String> resolved = new ArrayList<>(command);
            if ("peer".equals(command.get(0))) { // from the Fabric build kpnet runs, first on its PATH
                resolved.set(0, Path.of(env.get("PATH").split(":")[0], "peer").toString());
            }
            final ProcessBuilder builder = new ProcessBuilder(resolved).redirectErrorStream(true);
            builder.environment().putAll(env);
            final Process process = builder.start();
            final String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
