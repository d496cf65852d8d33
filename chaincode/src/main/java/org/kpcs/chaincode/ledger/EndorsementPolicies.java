package org.kpcs.chaincode.ledger;

import java.util.List;
import org.hyperledger.fabric.protos.common.MSPPrincipal;
import org.hyperledger.fabric.protos.common.MSPRole;
import org.hyperledger.fabric.protos.common.SignaturePolicy;
import org.hyperledger.fabric.protos.common.SignaturePolicyEnvelope;

/** Key-level endorsement policies, as the peers' validation expects them (signature policy envelopes). */
public final class EndorsementPolicies {
    private EndorsementPolicies() {}

    /** Endorsement by the peers of at least {@code n} of the given organisations. */
    public static byte[] outOf(final int n, final List<String> mspIds) {
        if (n < 1 || n > mspIds.size()) {
            throw new IllegalArgumentException("need 1 <= n <= " + mspIds.size() + ", got " + n);
        }
        final SignaturePolicyEnvelope.Builder envelope =
                SignaturePolicyEnvelope.newBuilder().setVersion(0);
        final SignaturePolicy.NOutOf.Builder rule =
                SignaturePolicy.NOutOf.newBuilder().setN(n);
        for (int i = 0; i < mspIds.size(); i++) {
            envelope.addIdentities(MSPPrincipal.newBuilder()
                    .setPrincipalClassification(MSPPrincipal.Classification.ROLE)
                    .setPrincipal(MSPRole.newBuilder()
                            .setMspIdentifier(mspIds.get(i))
                            .setRole(MSPRole.MSPRoleType.PEER)
                            .build()
                            .toByteString()));
            rule.addRules(SignaturePolicy.newBuilder().setSignedBy(i));
        }
        envelope.setRule(SignaturePolicy.newBuilder().setNOutOf(rule));
        return Ledger.bytes(envelope.build());
    }

    /** Endorsement by one organisation's peer. */
    public static byte[] peerOf(final String mspId) {
        return outOf(1, List.of(mspId));
    }
}
