package org.kpcs.gateway.client;

import com.google.protobuf.Message;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.InvalidKeyException;
import java.security.cert.CertificateException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.hyperledger.fabric.client.CommitException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Hash;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.Identity;
import org.hyperledger.fabric.client.identity.Signer;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;

/**
 * A connection to the KP channel as one user of one organisation, through that organisation's peer gateway.
 * Evaluations go to one peer; submissions are endorsed as the ledger's policies require, ordered and awaited.
 */
public final class KpGateway implements AutoCloseable {
    /** The channel every Participant, the industry and the observers share. */
    public static final String CHANNEL = "kimberley";
    /** The chaincode's name on the channel. */
    public static final String CHAINCODE = "kpcs";

    private static final Logger LOG = Logger.getLogger(KpGateway.class.getName());
    private static final int ATTEMPTS = 6;

    private final Gateway gateway;
    private final Network network;
    private final String mspId;
    private final String user;

    private KpGateway(final Gateway gateway, final String mspId, final String user) {
        this.gateway = gateway;
        this.network = gateway.getNetwork(CHANNEL);
        this.mspId = mspId;
        this.user = user;
    }

    /** Connects as {@code userName} of {@code org}, over the shared channel to that organisation's peer. */
    public static KpGateway connect(final OrgProfile org, final String userName, final PeerChannels channels) {
        Objects.requireNonNull(org, "org");
        final OrgProfile.UserCredentials credentials = org.user(userName);
        return connect(org.mspId(), credentials, channels.channelTo(org.peer()), userName);
    }

    static KpGateway connect(
            final String mspId,
            final OrgProfile.UserCredentials credentials,
            final io.grpc.Channel channel,
            final String userName) {
        final Identity identity;
        final Signer signer;
        try (Reader cert = Files.newBufferedReader(credentials.cert(), StandardCharsets.UTF_8);
                Reader key = Files.newBufferedReader(credentials.key(), StandardCharsets.UTF_8)) {
            identity = new X509Identity(mspId, Identities.readX509Certificate(cert));
            signer = Signers.newPrivateKeySigner(Identities.readPrivateKey(key));
        } catch (IOException | CertificateException | InvalidKeyException e) {
            throw new KpcsException(
                    KpcsException.Stage.CONNECTION,
                    "BAD_CREDENTIALS",
                    "cannot read the credentials of " + userName + " (" + credentials.cert() + ", " + credentials.key()
                            + "): " + e.getMessage(),
                    e);
        }
        final Gateway gateway = Gateway.newInstance()
                .identity(identity)
                .signer(signer)
                .hash(Hash.SHA256)
                .connection(channel)
                .evaluateOptions(o -> o.withDeadlineAfter(10, TimeUnit.SECONDS))
                .endorseOptions(o -> o.withDeadlineAfter(30, TimeUnit.SECONDS))
                .submitOptions(o -> o.withDeadlineAfter(10, TimeUnit.SECONDS))
                .commitStatusOptions(o -> o.withDeadlineAfter(60, TimeUnit.SECONDS))
                .connect();
        return new KpGateway(gateway, mspId, userName);
    }

    public String mspId() {
        return mspId;
    }

    public String user() {
        return user;
    }

    public Network network() {
        return network;
    }

    /** Reads without writing: runs the transaction on one peer and returns its result. */
    public byte[] evaluate(final String contract, final String function, final Message request) {
        return evaluate(Submission.of(contract, function, request));
    }

    /** Reads without writing, with transient data (which never reaches the ledger). */
    public byte[] evaluate(final Submission query) {
        try {
            return proposal(query).evaluate();
        } catch (GatewayException e) {
            throw Errors.from(e);
        }
    }

    /** Submits a transaction and waits for it to commit; read conflicts are retried as new transactions. */
    public byte[] submit(final Submission submission) {
        KpcsException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return submitOnce(submission);
            } catch (KpcsException e) {
                if (!e.retryable()) {
                    throw e;
                }
                last = e;
                final int n = attempt;
                LOG.info(() -> submission.function() + ": " + e.code() + " on attempt " + n + ", retrying");
                pause(attempt);
            }
        }
        throw last;
    }

    public byte[] submit(final String contract, final String function, final Message request) {
        return submit(Submission.of(contract, function, request));
    }

    /** Backs off a little more after each attempt, so gossip or a conflicting writer can settle. */
    private static void pause(final int attempt) {
        try {
            Thread.sleep(250L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KpcsException(KpcsException.Stage.CONNECTION, "INTERRUPTED", "interrupted while retrying", e);
        }
    }

    private Proposal proposal(final Submission submission) {
        final Proposal.Builder builder = contract(submission.contract())
                .newProposal(submission.function())
                .addArguments(submission.args().toArray(byte[][]::new));
        if (!submission.transientData().isEmpty()) {
            builder.putAllTransient(submission.transientData());
        }
        if (!submission.endorsingOrganizations().isEmpty()) {
            builder.setEndorsingOrganizations(
                    submission.endorsingOrganizations().toArray(String[]::new));
        }
        return builder.build();
    }

    private byte[] submitOnce(final Submission submission) {
        final Proposal proposal = proposal(submission);
        try {
            final byte[] result = proposal.endorse().submit();
            LOG.fine(() -> submission.function() + " committed as " + proposal.getTransactionId());
            return result;
        } catch (GatewayException | CommitException e) {
            throw Errors.from(e);
        }
    }

    private Contract contract(final String name) {
        return network.getContract(CHAINCODE, name);
    }

    /** Closes the gateway; the shared gRPC channel stays open for other connections. */
    @Override
    public void close() {
        gateway.close();
    }

    /**
     * A transaction: its function, its argument (the request message's bytes), private (transient)
     * data and, where private data demands it, the endorsing organisations.
     */
    public record Submission(
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
