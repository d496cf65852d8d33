package org.kpcs.gateway.client;

import com.google.protobuf.Message;
import com.google.protobuf.Parser;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.client.Proposal;
import org.kpcs.protos.NetworkProfile;
import org.kpcs.protos.OrgProfile;

/**
 * A connection to the KP channel as one user of one organisation, through that organisation's peer gateway.
 * Evaluations go to one peer; submissions are endorsed as the ledger's policies require, ordered and awaited.
 * The channel and the chaincode are the ones the network's profile names.
 */
public interface KpGateway extends AutoCloseable {
    /** Connects as {@code user} of {@code org}, with the profiles the local network wrote under its home. */
    static KpGateway connect(final Path networkHome, final String org, final String user, final PeerChannels channels) {
        return connect(Profiles.network(networkHome), Profiles.org(networkHome, org), user, channels);
    }

    /** Connects as {@code user} of the organisation, over the shared gRPC channel to its peer. */
    static KpGateway connect(
            final NetworkProfile network, final OrgProfile org, final String user, final PeerChannels channels) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(org, "org");
        return GatewayConnection.open(
                network, org.getMspId(), Profiles.user(org, user), channels.channelTo(org.getPeer()), user);
    }

    String mspId();

    String user();

    /** The channel, for event streams. */
    Network network();

    /** The chaincode's name on the channel. */
    String chaincode();

    /** Reads without writing: runs the transaction on one peer and returns its result. */
    byte[] evaluate(Submission query);

    /** Submits a transaction and waits for it to commit; read conflicts are retried as new transactions. */
    byte[] submit(Submission submission);

    /**
     * The fabric-gateway proposal of a submission, for a caller that drives endorsement, ordering and the commit
     * status itself (the load generator submits asynchronously); {@link KpcsException#from} types its failures.
     */
    Proposal proposal(Submission submission);

    default byte[] evaluate(final String contract, final String function, final Message request) {
        return evaluate(Submission.of(contract, function, request));
    }

    default byte[] submit(final String contract, final String function, final Message request) {
        return submit(Submission.of(contract, function, request));
    }

    /** As {@link #evaluate(Submission)}, decoding the kpcs.v1 message the transaction returns. */
    default <T> T evaluate(final Submission query, final Parser<T> response) {
        return Responses.parse(evaluate(query), response);
    }

    /** As {@link #submit(Submission)}, decoding the kpcs.v1 message the transaction returns. */
    default <T> T submit(final Submission submission, final Parser<T> response) {
        return Responses.parse(submit(submission), response);
    }

    default <T> T evaluate(
            final String contract, final String function, final Message request, final Parser<T> response) {
        return evaluate(Submission.of(contract, function, request), response);
    }

    default <T> T submit(
            final String contract, final String function, final Message request, final Parser<T> response) {
        return submit(Submission.of(contract, function, request), response);
    }

    /** Closes the gateway; the shared gRPC channel stays open for other connections. */
    @Override
    void close();

    /**
     * A transaction: its function, its argument (the request message's bytes), private (transient) data and,
     * where private data demands it, the endorsing organisations.
     */
    record Submission(
            String contract,
            String function,
            List<byte[]> args,
            Map<String, byte[]> transientData,
            List<String> endorsingOrganizations) {
        public Submission {
            Objects.requireNonNull(contract, "contract");
            Objects.requireNonNull(function, "function");
            args = List.copyOf(args);
            transientData = Map.copyOf(transientData);
            endorsingOrganizations = List.copyOf(endorsingOrganizations);
        }

        /** A transaction; its one argument is its kpcs.v1 request message. */
        public static Submission of(final String contract, final String function, final Message request) {
            return new Submission(contract, function, List.of(request.toByteArray()), Map.of(), List.of());
        }

        /** The same transaction, carrying private data that never reaches the ledger. */
        public Submission withTransient(final Map<String, byte[]> data) {
            return new Submission(contract, function, args, data, endorsingOrganizations);
        }

        /** The same transaction, endorsed by these organisations only. */
        public Submission withEndorsingOrganizations(final List<String> organizations) {
            return new Submission(contract, function, args, transientData, organizations);
        }
    }
}
