package org.kpcs.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kpcs.gateway.certificate.Certificates;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.client.KpcsException;
import org.kpcs.gateway.industry.Industry;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.OrderingNode;
import org.kpcs.protos.SourceKind;

/**
 * Fault drills on the real network (run by scripts/test.sh after the other end-to-end tests): processes are
 * killed with SIGKILL while clients submit, and the ledger is then counted. Nothing acknowledged may be lost,
 * nothing may be written twice, and every node must end on the same block.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceDrill {
    private static final String RUN =
            UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    /** Every organisation with a peer, and every ordering node's organisation, from the network's profile. */
    private static final List<String> PEERS = LocalNetwork.profile().getOrgsList();

    private static final List<String> ORDERERS = LocalNetwork.profile().getOrderersList().stream()
            .map(OrderingNode::getOrg)
            .toList();
    private static final Duration CATCH_UP = Duration.ofSeconds(120);

    @AfterEach
    void everyProcessRunsAgain() {
        NetworkNodes.startAllStopped();
    }

    @AfterAll
    static void closeChannels() {
        LocalNetwork.CHANNELS.close();
    }

    @Test
    @Order(1)
    void an_ordering_node_killed_mid_stream_loses_and_duplicates_nothing_and_catches_up() {
        final String gulf = "AE-F-FD-" + RUN;
        final String trader = "AE-F-FDT-" + RUN;
        final String source = "BW-FDS-" + RUN;
        try (KpGateway ae = LocalNetwork.as("AE", "importer")) {
            Industry.of(ae).registerFirm(Trades.firm(gulf, "AE"));
            Industry.of(ae).registerFirm(Trades.firm(trader, "AE"));
        }
        LocalNetwork.enroll("WDC", "fd-" + RUN.toLowerCase(Locale.ROOT), "firm", gulf);
        Trades.importedBy(gulf, source, 1_000_000);

        final List<String> numbers = new ArrayList<>();
        final List<String> invoices = new ArrayList<>();
        final SubmissionStream stream = new SubmissionStream(CATCH_UP);
        try (KpGateway exporter = LocalNetwork.as("BW", "exporter");
                KpGateway seller = LocalNetwork.as("WDC", "fd-" + RUN.toLowerCase(Locale.ROOT))) {
            final List<List<SubmissionStream.Operation>> threads = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                final List<SubmissionStream.Operation> ops = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    final String number = String.format("BW-FD-%s-%d%02d", RUN, t, i);
                    numbers.add(number);
                    ops.add(Trades.issue(exporter, number, "AE"));
                }
                threads.add(ops);
            }
            final List<SubmissionStream.Operation> warranties = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                final String invoice = String.format("W-FD-%s-%02d", RUN, i);
                invoices.add(invoice);
                warranties.add(Trades.warranty(seller, invoice, gulf, trader, source, 100));
            }
            threads.add(warranties);

            final CompletableFuture<Void> running = CompletableFuture.runAsync(() -> stream.run(threads));
            NetworkNodes.await("40 submissions", CATCH_UP, () -> stream.committed() >= 40);
            NetworkNodes.kill9("orderer-KPS");
            final long killedAt = System.nanoTime();
            NetworkNodes.await("110 submissions with a node down", CATCH_UP, () -> stream.committed() >= 110);
            final long downFor = System.nanoTime() - killedAt;
            NetworkNodes.start("orderer-KPS");
            running.join();
            System.out.printf(
                    "orderer drill: %s; orderer-KPS down for %d s%n",
                    stream, Duration.ofNanos(downFor).toSeconds());
        }

        assertThat(stream.abandoned()).isEmpty();
        assertThat(stream.committed()).isEqualTo(200);
        try (KpGateway observer = LocalNetwork.as("CSO", "observer")) {
            final Certificates certificates = Certificates.of(observer);
            for (final String number : numbers) {
                assertThat(certificateWrites(certificates, number))
                        .as("writes of %s", number)
                        .isEqualTo(1);
            }
            final Industry industry = Industry.of(observer);
            for (final String invoice : invoices) {
                assertThat(industry.warranty(invoice).getSellerFirm()).isEqualTo(gulf);
            }
            assertThat(industry.balance(SourceKind.CERTIFICATE, source).getRemainingMilli())
                    .as("carats left in the source after 50 draws of 0.1 ct")
                    .isEqualTo(1_000_000 - 50 * 100);
        }
        assertEveryNodeOnTheSameBlock(ORDERERS);
    }

    @Test
    @Order(2)
    void a_participants_peer_killed_mid_stream_catches_up_with_all_its_private_data() {
        final Map<String, CommercialDetails> issued = new LinkedHashMap<>();
        final SubmissionStream stream = new SubmissionStream(CATCH_UP);
        try (KpGateway exporter = LocalNetwork.as("AE", "exporter")) {
            final List<List<SubmissionStream.Operation>> threads = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                final List<SubmissionStream.Operation> ops = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    final String number = String.format("AE-FDP-%s-%d%02d", RUN, t, i);
                    final CommercialDetails details = Trades.details(number, "");
                    issued.put(number, details);
                    ops.add(Trades.issue(exporter, number, "IN", details));
                }
                threads.add(ops);
            }
            final CompletableFuture<Void> running = CompletableFuture.runAsync(() -> stream.run(threads));
            NetworkNodes.await("15 submissions", CATCH_UP, () -> stream.committed() >= 15);
            NetworkNodes.kill9("peer-AE");
            NetworkNodes.sleep(Duration.ofSeconds(5));
            NetworkNodes.start("peer-AE");
            running.join();
            System.out.println("peer drill: " + stream);

            assertThat(stream.abandoned()).isEmpty();
            assertThat(stream.committed()).isEqualTo(60);
            assertEveryNodeOnTheSameBlock(ORDERERS);
            final Certificates ownPeer = Certificates.of(exporter);
            for (final Map.Entry<String, CommercialDetails> entry : issued.entrySet()) {
                assertThat(ownPeer.details(entry.getKey()))
                        .as("AE's private details of %s on AE's peer", entry.getKey())
                        .isEqualTo(entry.getValue());
            }
        }
    }

    @Test
    @Order(3)
    void a_killed_chaincode_server_fails_endorsement_clearly_then_serves_after_restart() {
        final String refused = "BW-FDC-" + RUN + "-1";
        try (KpGateway exporter = LocalNetwork.as("BW", "exporter")) {
            // first BW's gateway must plan an issuance to AE again: after the peer drill, BW's gossip can drop
            // AE's restarted peer for a while, and the refusal below would then be "no endorsing peers"
            final SubmissionStream ready = new SubmissionStream(Duration.ofSeconds(90));
            ready.run(List.of(List.of(Trades.issue(exporter, "BW-FDC-" + RUN + "-0", "AE"))));
            assertThat(ready.committed())
                    .as("an issuance to AE before the drill")
                    .isEqualTo(1);
            NetworkNodes.kill9(NetworkNodes.chaincodeServer("BW"));
            final KpcsException e = catchThrowableOfType(
                    KpcsException.class,
                    () -> Trades.issue(exporter, refused, "AE").submit());
            assertThat(e).isNotNull();
            assertThat(e.stage()).isEqualTo(KpcsException.Stage.ENDORSEMENT);
            assertThat(e.getMessage()).containsIgnoringCase("chaincode").contains("BWMSP");
            System.out.println("chaincode drill: refused with " + e.stage() + " " + e.code() + ": " + e.getMessage());

            NetworkNodes.start("chaincode-BW");
            final SubmissionStream stream = new SubmissionStream(Duration.ofSeconds(60));
            stream.run(List.of(List.of(Trades.issue(exporter, refused, "AE"))));
            assertThat(stream.committed()).isEqualTo(1);
            assertThat(certificateWrites(Certificates.of(exporter), refused)).isEqualTo(1);
        }
    }

    @Test
    @Order(4)
    void with_two_of_four_ordering_nodes_down_no_block_is_cut_and_one_back_resumes_service() {
        final String number = "BW-FDB-" + RUN;
        assertEveryNodeOnTheSameBlock(ORDERERS);
        final NetworkNodes.ChainTip before = NetworkNodes.peerTip("BW");
        NetworkNodes.kill9("orderer-AE");
        NetworkNodes.kill9("orderer-IN");
        final SubmissionStream stream = new SubmissionStream(CATCH_UP);
        try (KpGateway exporter = LocalNetwork.as("BW", "exporter")) {
            final CompletableFuture<Void> running = CompletableFuture.runAsync(
                    () -> stream.run(List.of(List.of(Trades.issue(exporter, number, "AE")))));
            NetworkNodes.sleep(Duration.ofSeconds(15));
            assertThat(stream.committed()).as("commits without a BFT quorum").isZero();
            for (final String org : List.of("KPS", "BW")) {
                assertThat(NetworkNodes.ordererTip(org))
                        .as("ordering node of %s", org)
                        .isEqualTo(before);
            }
            for (final String org : PEERS) {
                assertThat(NetworkNodes.peerTip(org)).as("peer of %s", org).isEqualTo(before);
            }

            NetworkNodes.start("orderer-AE");
            running.join();
            System.out.println("quorum drill: " + stream);
            assertThat(stream.committed()).isEqualTo(1);
            assertThat(certificateWrites(Certificates.of(exporter), number)).isEqualTo(1);
        }
        assertEveryNodeOnTheSameBlock(List.of("KPS", "BW", "AE"));
        NetworkNodes.start("orderer-IN");
        assertEveryNodeOnTheSameBlock(ORDERERS);
    }

    /** How many transactions wrote the certificate record itself (its history also shows the receipt's). */
    private static long certificateWrites(final Certificates certificates, final String number) {
        return certificates.history(number).getEntriesList().stream()
                .filter(entry -> "certificate".equals(entry.getRecord()))
                .count();
    }

    /** Every peer and the given ordering nodes reach the same last block (number and hash). */
    private static void assertEveryNodeOnTheSameBlock(final List<String> orderers) {
        try {
            NetworkNodes.await("every node on the same block", CATCH_UP, () -> {
                final NetworkNodes.ChainTip tip = NetworkNodes.peerTip("BW");
                return PEERS.stream().allMatch(org -> NetworkNodes.peerTip(org).equals(tip))
                        && orderers.stream()
                                .allMatch(org -> NetworkNodes.ordererTip(org).equals(tip));
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n" + ChainTipReport.of("BW", PEERS, orderers), e);
        }
    }
}
