package org.kpcs.chaincode.ledger;

import java.util.Arrays;
import java.util.Optional;

/** The {@code kp.role} attribute Fabric CA writes into each user's enrollment certificate. */
public enum Role {
    EXPORTING_AUTHORITY("exporting-authority"),
    IMPORTING_AUTHORITY("importing-authority"),
    CUSTOMS("customs"),
    CHAIR("chair"),
    DELEGATE("delegate"),
    FIRM("firm"),
    AUDITOR("auditor"),
    OBSERVER("observer");

    /** The certificate attribute that carries the role. */
    public static final String ATTRIBUTE = "kp.role";

    private final String attributeValue;

    Role(final String attributeValue) {
        this.attributeValue = attributeValue;
    }

    public String attributeValue() {
        return attributeValue;
    }

    public static Optional<Role> fromAttribute(final String value) {
        return Arrays.stream(values())
                .filter(r -> r.attributeValue.equals(value))
                .findFirst();
    }
}
