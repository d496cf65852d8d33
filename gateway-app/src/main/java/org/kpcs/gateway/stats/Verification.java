package org.kpcs.gateway.stats;

import org.kpcs.gateway.certificate.Certificates;
import org.kpcs.protos.TradeStatistics;
import org.kpcs.protos.VerificationReport;

/**
 * Verification by anyone, an observer included (Annex III: statistics to identify irregularities or anomalies):
 * the carats and certificate counts recomputed from the public ledger and compared with reported figures, with
 * mirror differences, Certificates unconfirmed past expiry and open disputes.
 */
public interface Verification {
    static Verification of(final Certificates ledger) {
        return new LedgerVerification(ledger);
    }

    /** Checks {@code reported} (from {@code source}: the index, or a published report) against the ledger. */
    VerificationReport verify(String participant, Period period, TradeStatistics reported, String source);

    /**
     * Checks the report the Participant filed on the ledger for the period (its current version): a quarter's
     * trade report against the Certificates on the ledger, a half-year's production report against the production
     * statistics the Participant entered. The answer names the version, its due and filing dates and lateness.
     */
    VerificationReport verifyFiled(String participant, Period period, Reports reports);
}
