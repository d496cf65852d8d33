package org.kpcs.chaincode.testing;

/** A caller in a test: organisation, name and the kp.role (and kp.firm) of its certificate. */
public final class User {
    private final String mspId;
    private final String name;
    private final byte[] creator;

    private User(final String mspId, final String name, final String role, final String firm) {
        this.mspId = mspId;
        this.name = name;
        this.creator = Identities.creator(mspId, name, role, firm);
    }

    public static User of(final String mspId, final String name, final String role) {
        return new User(mspId, name, role, null);
    }

    public static User firm(final String mspId, final String name, final String firm) {
        return new User(mspId, name, "firm", firm);
    }

    public String mspId() {
        return mspId;
    }

    public String name() {
        return name;
    }

    byte[] creator() {
        return creator.clone();
    }

    @Override
    public String toString() {
        return name + "@" + mspId;
    }
}
