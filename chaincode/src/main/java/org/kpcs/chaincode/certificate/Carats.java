package org.kpcs.chaincode.certificate;

import java.math.BigDecimal;

/** Carat weights are kept exactly, in thousandths of a carat. */
public final class Carats {
    private Carats() {}

    public static String format(final long milli) {
        return BigDecimal.valueOf(milli, 3).toPlainString() + " ct";
    }
}
