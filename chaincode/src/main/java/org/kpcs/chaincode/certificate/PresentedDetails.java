package org.kpcs.chaincode.certificate;

import com.google.protobuf.InvalidProtocolBufferException;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ErrorCode;

/**
 * The commercial details a transaction presents as transient data under {@value #DETAILS}: never ordered,
 * never on the shared ledger (Annex I value and identification of the parties, kept confidential).
 */
final class PresentedDetails {
    /** Transient data key under which the commercial details travel. */
    static final String DETAILS = "details";

    private PresentedDetails() {}

    static boolean present(final Ledger ledger) {
        return ledger.transientValue(DETAILS).isPresent();
    }

    /** The details, parsed and checked ({@link CertificateRules#checkDetails}). */
    static CommercialDetails require(final Ledger ledger) {
        final byte[] bytes = ledger.transientValue(DETAILS)
                .orElseThrow(() -> Refusal.of(
                        ErrorCode.DETAILS_REQUIRED,
                        "the commercial details (value in US$, exporter, importer, invoice) must be passed as"
                                + " transient data '" + DETAILS + "', so that they stay off the shared ledger"));
        final CommercialDetails details;
        try {
            details = CommercialDetails.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw Refusal.of(
                    ErrorCode.DETAILS_REQUIRED, "transient '" + DETAILS + "' is not a kpcs.v1.CommercialDetails", e);
        }
        CertificateRules.checkDetails(details);
        return details;
    }
}
