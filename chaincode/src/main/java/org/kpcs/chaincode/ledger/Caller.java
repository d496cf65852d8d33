package org.kpcs.chaincode.ledger;

import java.util.Objects;
import java.util.Optional;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.kpcs.protos.ErrorCode;

/** Who submitted the transaction: their organisation (MSP) and their {@code kp.role}. */
public final class Caller {
    private final String mspId;
    private final Optional<Role> role;
    private final String rawRole;
    private final String id;
    private final String firm;

    private Caller(final String mspId, final String rawRole, final String id, final String firm) {
        this.mspId = Objects.requireNonNull(mspId, "mspId");
        this.rawRole = rawRole;
        this.role = Role.fromAttribute(rawRole);
        this.id = Objects.requireNonNull(id, "id");
        this.firm = firm;
    }

    public static Caller of(final ClientIdentity identity) {
        return new Caller(
                identity.getMSPID(),
                identity.getAttributeValue(Role.ATTRIBUTE),
                identity.getId(),
                identity.getAttributeValue(FIRM_ATTRIBUTE));
    }

    /** The certificate attribute naming the firm a firm user acts for. */
    public static final String FIRM_ATTRIBUTE = "kp.firm";

    /** The firm this user acts for (kp.firm), or null. */
    public String firm() {
        return firm;
    }

    public String mspId() {
        return mspId;
    }

    /** The certificate subject and issuer, as Fabric prints them ({@code x509::CN=...::CN=...}). */
    public String id() {
        return id;
    }

    public Optional<Role> role() {
        return role;
    }

    public boolean has(final Role wanted) {
        return role.filter(wanted::equals).isPresent();
    }

    /** The caller must hold the given role (observers are refused before, by {@link TransactionContext}). */
    public void requireRole(final Role wanted) {
        requireAnyRole(wanted);
    }

    /** As {@link #requireRole}, accepting any of several roles. */
    public void requireAnyRole(final Role... wanted) {
        if (java.util.Arrays.stream(wanted).noneMatch(this::has)) {
            throw Refusal.of(
                    ErrorCode.ROLE_REQUIRED,
                    "this transaction needs a certificate with " + Role.ATTRIBUTE + "="
                            + java.util.Arrays.stream(wanted)
                                    .map(Role::attributeValue)
                                    .collect(java.util.stream.Collectors.joining(" or "))
                            + "; the caller from " + mspId + " has "
                            + (rawRole == null ? "no " + Role.ATTRIBUTE : Role.ATTRIBUTE + "=" + rawRole)
                            + ". Enrol a user with that role (network/kpnet enroll)");
        }
    }
}
