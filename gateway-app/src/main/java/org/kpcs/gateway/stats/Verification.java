package org.kpcs.gateway.stats;

import org.kpcs.gateway.certificate.Certificates;
import org.kpcs.protos.TradeStatistics;
import org.kpcs.protos.VerificationReport;

/**
 * Verification by anyone, an observer included (Annex III: statistics to identify irregularities or anomalies):
 * the carats and certificate counts recomputed from the public ledger and compared with reported figures, with
 * mirror differences, Certificates unconfirmed past expiry and open disputes.
 */
@SuppressWarnings("PMD.ImplicitFunctionalInterface") // a domain API that will grow (filed reports)
public interface Verification {
    static Verification of(final Certificates ledger) {
        return new LedgerVerification(ledger);
    }

    /** Checks {@code reported} (from {@code source}: the index, or a published report) against the ledger. */
    VerificationReport verify(String participant, Period period, TradeStatistics reported, String source);
}
