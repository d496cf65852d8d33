package org.kpcs.chaincode.participant;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Participant and origin codes: ISO 3166-1 alpha-2, plus {@code EU} for the European Community, which takes
 * part in the scheme as a regional economic integration organisation (KPCS Section I, "Participant").
 */
public final class CountryCodes {
    /** The regional economic integration organisation in the scheme. */
    public static final String EUROPEAN_COMMUNITY = "EU";

    private static final Set<String> CODES = codes();

    private CountryCodes() {}

    public static boolean isValid(final String code) {
        return code != null && CODES.contains(code);
    }

    private static Set<String> codes() {
        final Set<String> codes = new TreeSet<>(Set.of(Locale.getISOCountries()));
        codes.add(EUROPEAN_COMMUNITY);
        return Set.copyOf(codes);
    }
}
