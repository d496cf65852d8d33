package org.kpcs.chaincode.testing;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import java.util.List;
import org.hyperledger.fabric.protos.common.SignaturePolicyEnvelope;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.kpcs.protos.BootstrapRequest;
import org.kpcs.protos.ParticipantStatus;
import org.kpcs.protos.ProposalState;
import org.kpcs.protos.StatusProposal;

/** The default test network's organisations and users, as the local Fabric network enrols them. */
public final class Kp {
    /** The founders, written as the network script's founders file is (JSON of a BootstrapRequest). */
    public static final BootstrapRequest FOUNDERS = founders("{\"participants\":["
            + "{\"code\":\"BW\",\"name\":\"Botswana\",\"mspId\":\"BWMSP\"},"
            + "{\"code\":\"AE\",\"name\":\"United Arab Emirates\",\"mspId\":\"AEMSP\"},"
            + "{\"code\":\"IN\",\"name\":\"India\",\"mspId\":\"INMSP\"}],"
            + "\"industryMspIds\":[\"WDCMSP\"]}");

    public static final User CHAIR = User.of("BWMSP", "chair", "chair");
    public static final User BW_EXPORTER = User.of("BWMSP", "exporter", "exporting-authority");
    public static final User BW_DELEGATE = User.of("BWMSP", "delegate", "delegate");
    public static final User AE_DELEGATE = User.of("AEMSP", "delegate", "delegate");
    public static final User IN_DELEGATE = User.of("INMSP", "delegate", "delegate");
    public static final User AE_IMPORTER = User.of("AEMSP", "importer", "importing-authority");
    public static final User IN_CHAIR = User.of("INMSP", "chair", "chair");
    public static final User AE_CHAIR = User.of("AEMSP", "chair", "chair");
    public static final User BW_CUSTOMS = User.of("BWMSP", "customs", "customs");
    public static final User AE_EXPORTER = User.of("AEMSP", "exporter", "exporting-authority");
    public static final User AE_CUSTOMS = User.of("AEMSP", "customs", "customs");
    public static final User IN_CUSTOMS = User.of("INMSP", "customs", "customs");
    public static final User IN_IMPORTER = User.of("INMSP", "importer", "importing-authority");
    public static final User AUDITOR = User.of("WDCMSP", "auditor", "auditor");
    public static final User GULF = User.firm("WDCMSP", "gulf", "AE-F-GULF");
    public static final User TRADER = User.firm("WDCMSP", "trader", "AE-F-TRADE");
    public static final User CUTTER = User.firm("WDCMSP", "cutter", "IN-F-CUT");
    public static final User OBSERVER = User.of("CSOMSP", "observer", "observer");
    public static final User NO_ROLE = User.of("AEMSP", "clerk", null);

    private Kp() {}

    /** A bootstrap request from its JSON form. */
    public static BootstrapRequest founders(final String json) {
        try {
            final BootstrapRequest.Builder request = BootstrapRequest.newBuilder();
            JsonFormat.parser().merge(json, request);
            return request.build();
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    /** A network whose registry holds BW, AE and IN, all active. */
    public static FakeFabric bootstrapped() {
        final FakeFabric fabric = new FakeFabric();
        final Result result = fabric.submit(CHAIR, "ParticipantRegistry:Bootstrap", FOUNDERS);
        if (!result.ok()) {
            throw new AssertionError("bootstrap failed: " + result.message());
        }
        return fabric;
    }

    /** The Chair proposes to suspend {@code code} and the delegates approve until the proposal is adopted. */
    public static void suspend(final FakeFabric fabric, final String code) {
        final Result proposed = fabric.submit(
                CHAIR,
                "ParticipantRegistry:ProposeStatusChange",
                Requests.proposeStatusChange(code, ParticipantStatus.SUSPENDED, "review"));
        if (!proposed.ok()) {
            throw new AssertionError("proposal to suspend " + code + " refused: " + proposed.message());
        }
        final String proposal = proposed.as(StatusProposal.parser()).getId();
        for (final User delegate : List.of(BW_DELEGATE, AE_DELEGATE, IN_DELEGATE)) {
            final Result r = fabric.submit(
                    delegate, "ParticipantRegistry:ApproveStatusChange", Requests.approveStatusChange(proposal));
            if (r.ok() && r.as(StatusProposal.parser()).getState() == ProposalState.ADOPTED) {
                return;
            }
        }
        throw new AssertionError("the proposal to suspend " + code + " was not adopted");
    }

    /** How many endorsements the key-level policy of Participant {@code code}'s registry record requires. */
    public static int requiredEndorsements(final FakeFabric fabric, final String code) {
        return policyOf(fabric, new CompositeKey("participant", code).toString())
                .getRule()
                .getNOutOf()
                .getN();
    }

    /** The key-level endorsement policy of {@code key}. */
    public static SignaturePolicyEnvelope policyOf(final FakeFabric fabric, final String key) {
        try {
            return SignaturePolicyEnvelope.parseFrom(fabric.validationParameter(key));
        } catch (InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
    }
}
