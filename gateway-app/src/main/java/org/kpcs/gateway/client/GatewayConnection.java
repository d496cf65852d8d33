package org.kpcs.gateway.client;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.cert.CertificateException;
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
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.NetworkProfile;
import org.kpcs.protos.UserCredentials;

/** A fabric-gateway {@link Gateway} on the network profile's channel, as one user of one organisation. */
final class GatewayConnection implements KpGateway {
    private static final Logger LOG = Logger.getLogger(GatewayConnection.class.getName());
    private static final int ATTEMPTS = 6;
    /** Attempts of a transaction refused only by other organisations' peers (see refusedByLaggingPeer). */
    private static final int LAGGING_PEER_ATTEMPTS = 4;

    private final Gateway gateway;
    private final Network network;
    private final String mspId;
    private final String user;
    private final String chaincode;

    private GatewayConnection(
            final Gateway gateway, final NetworkProfile profile, final String mspId, final String user) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.network = gateway.getNetwork(profile.getChannel());
        this.chaincode = profile.getChaincode();
        this.mspId = Objects.requireNonNull(mspId, "mspId");
        this.user = Objects.requireNonNull(user, "user");
    }

    static KpGateway open(
            final NetworkProfile profile,
            final String mspId,
            final UserCredentials credentials,
            final io.grpc.Channel channel,
            final String userName) {
        final Identity identity;
        final Signer signer;
        try (Reader cert = Files.newBufferedReader(Path.of(credentials.getCert()), StandardCharsets.UTF_8);
                Reader key = Files.newBufferedReader(Path.of(credentials.getKey()), StandardCharsets.UTF_8)) {
            identity = new X509Identity(mspId, Identities.readX509Certificate(cert));
            signer = Signers.newPrivateKeySigner(Identities.readPrivateKey(key));
        } catch (IOException | CertificateException | InvalidKeyException e) {
            throw new ConnectionException(
                    ErrorCode.BAD_CREDENTIALS,
                    "cannot read the credentials of " + userName + " (" + credentials.getCert() + ", "
                            + credentials.getKey()
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
        return new GatewayConnection(gateway, profile, mspId, userName);
    }

    @Override
    public String mspId() {
        return mspId;
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public Network network() {
        return network;
    }

    @Override
    public String chaincode() {
        return chaincode;
    }

    @Override
    public byte[] evaluate(final Submission query) {
        try {
            return proposal(query).evaluate();
        } catch (GatewayException e) {
            throw Errors.from(e);
        }
    }

    @Override
    public byte[] submit(final Submission submission) {
        KpcsException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return submitOnce(submission);
            } catch (KpcsException e) {
                if (!e.retryable() && !(attempt < LAGGING_PEER_ATTEMPTS && refusedByLaggingPeer(submission, e))) {
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

    /**
     * Another organisation's peer may commit a block a moment after the caller's own: a transaction that builds on
     * the caller's last one can be refused by that peer's stale view. Refused only by other organisations' peers
     * (never by the caller's own, which runs the same deterministic rules on committed state and endorses unless
     * the submission names other organisations only), it is tried again.
     */
    private boolean refusedByLaggingPeer(final Submission submission, final KpcsException e) {
        final boolean ownPeerEndorses = submission.endorsingOrganizations().isEmpty()
                || submission.endorsingOrganizations().contains(mspId);
        return ownPeerEndorses
                && e instanceof EndorsementException endorsement
                && endorsement.mayComeFromAStaleView()
                && endorsement.refusedOnlyByOthers(mspId);
    }

    /** Backs off a little more after each attempt, so gossip or a conflicting writer can settle. */
    private static void pause(final int attempt) {
        try {
            Thread.sleep(250L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionException(ErrorCode.INTERRUPTED, "interrupted while retrying", e);
        }
    }

    @Override
    public Proposal proposal(final Submission submission) {
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
        return network.getContract(chaincode, name);
    }

    @Override
    public void close() {
        gateway.close();
    }
}
