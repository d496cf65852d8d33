package org.kpcs.chaincode.participant;

import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.protos.Scheme;

/** Scheme-wide settings recorded when the registry is bootstrapped: which organisations are the industry. */
public final class SchemeSettings {
    /** The single key of the settings record (not a composite key). */
    public static final String KEY = "SCHEME";

    private SchemeSettings() {}

    public static Scheme read(final Ledger ledger) {
        return ledger.read(KEY, Scheme.parser()).orElse(Scheme.getDefaultInstance());
    }

    public static boolean isIndustry(final Ledger ledger, final String mspId) {
        return read(ledger).getIndustryMspIdsList().contains(mspId);
    }
}
