package org.kpcs.gateway.certificate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Carats and US$ as people type them, converted exactly to the ledger's integer units. */
public final class Quantities {
    private Quantities() {}

    /** "12500.25" carats to thousandths of a carat; more than three decimals is an error, not a rounding. */
    public static long caratsToMilli(final String carats) {
        return scaled(carats, 3, "carat weight", "thousandths of a carat");
    }

    /** "1875000.00" US$ to cents. */
    public static long usdToCents(final String usd) {
        return scaled(usd, 2, "value in US$", "cents");
    }

    public static String formatCarats(final long milli) {
        return BigDecimal.valueOf(milli, 3).toPlainString();
    }

    public static String formatUsd(final long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private static long scaled(final String text, final int scale, final String what, final String unit) {
        final BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a number", e);
        }
        try {
            return value.setScale(scale, RoundingMode.UNNECESSARY)
                    .unscaledValue()
                    .longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    what + " '" + text + "' is more precise than the ledger keeps (" + unit + ")", e);
        }
    }
}
