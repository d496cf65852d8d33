package org.kpcs.chaincode.participant;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kpcs.chaincode.ledger.Caller;
import org.kpcs.chaincode.ledger.EndorsementPolicies;
import org.kpcs.chaincode.ledger.Keys;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.Role;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.Participant;
import org.kpcs.protos.ParticipantStatus;

/** The registry's records on the ledger, for every contract that needs to know who is in the scheme. */
public final class Participants {
    private final Ledger ledger;

    /** The transaction's Participants. */
    public static Participants of(final TransactionContext ctx) {
        return ctx.repository(Participants.class, c -> new Participants(c.ledger()));
    }

    public Participants(final Ledger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    public String key(final String code) {
        return Keys.participant(code);
    }

    /** Every registered Participant; the registry is small (one record per state in the scheme). */
    public List<Participant> all() {
        return ledger.readAll(Keys.PARTICIPANT, Participant.parser());
    }

    public Participant get(final String code) {
        if (!CountryCodes.isValid(code)) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "'" + code + "' is not an ISO 3166-1 alpha-2 code (or EU); use two capital letters such as BW");
        }
        return ledger.read(key(code), Participant.parser())
                .orElseThrow(() -> Refusal.of(
                        ErrorCode.PARTICIPANT_NOT_FOUND,
                        "no Participant with code " + code + " is registered; `kpcs participant list` shows them"));
    }

    /**
     * The caller acts as the Chair (KPCS VI 4): {@code kp.role=chair}, from the organisation of the Participant
     * holding the chair, itself active ({@link SchemeSettings#requireChair}). Returns that Participant.
     */
    public Participant requireChair(final Caller caller) {
        caller.requireRole(Role.CHAIR);
        return requireChair(caller, forMsp(caller.mspId()));
    }

    /** As {@link #requireChair(Caller)}, for the caller's Participant already read (no second registry read). */
    public Participant requireChair(final Caller caller, final Participant callers) {
        SchemeSettings.requireChair(ledger, caller, callers);
        return callers;
    }

    /** The Participants who would decide a decision put to the Plenary now (KPCS VI 10, 13). */
    public Electorate electorate() {
        return Electorate.activeIn(all());
    }

    /** KPCS III(c): no trade in rough diamonds with a non-Participant, nor with a suspended one. */
    public Participant requireActive(final String code) {
        return requireActive(get(code));
    }

    /** KPCS III(c): no shipment from or to a suspended Participant, at any step of its journey. */
    public void requireTradeBetween(final String exporter, final String importer) {
        requireActive(exporter);
        requireActive(importer);
    }

    /** As {@link #requireActive(String)}, for a record already read. */
    public Participant requireActive(final Participant participant) {
        return active(participant);
    }

    /** The rule of {@link #requireActive(String)}, for this package's static checks. */
    static Participant active(final Participant participant) {
        if (participant.getStatus() != ParticipantStatus.ACTIVE) {
            throw Refusal.of(
                    ErrorCode.PARTICIPANT_NOT_ACTIVE,
                    "Participant " + participant.getCode() + " is " + participant.getStatus()
                            + "; KPCS III(c) forbids trade in rough diamonds with it");
        }
        return participant;
    }

    /** The Participant whose Fabric organisation is {@code mspId}. */
    public Participant forMsp(final String mspId) {
        return forMsp(all(), mspId);
    }

    /** As {@link #forMsp(String)}, within a registry already read. */
    public static Participant forMsp(final List<Participant> registry, final String mspId) {
        return registry.stream()
                .filter(p -> p.getMspId().equals(mspId))
                .findFirst()
                .orElseThrow(() -> Refusal.of(
                        ErrorCode.WRONG_ORGANISATION,
                        "organisation " + mspId + " does not speak for any registered Participant"));
    }

    /**
     * The caller must hold one of {@code roles} and belong to Participant {@code code}'s organisation: a
     * Participant's designated authorities act only for their own state (KPCS IV(b)).
     */
    public Participant requireAuthorityOf(final Caller caller, final String code, final Role... roles) {
        caller.requireAnyRole(roles);
        final Participant participant = get(code);
        if (!participant.getMspId().equals(caller.mspId())) {
            throw Refusal.of(
                    ErrorCode.WRONG_ORGANISATION,
                    "only " + code + "'s authorities (" + participant.getMspId()
                            + ") may do this; the caller belongs to " + caller.mspId());
        }
        return participant;
    }

    public void save(final Participant participant) {
        ledger.write(key(participant.getCode()), participant);
    }

    /**
     * Binds every record of the registry to the endorsement of a majority of its active Participants: no single
     * state can change another's standing (the Plenary's consensus, KPCS VI 10), and a suspended state's peer
     * no longer counts towards that majority.
     */
    public void bindToMajority(final List<Participant> registry) {
        bindToMajority(registry, registry);
    }

    /**
     * As {@link #bindToMajority(List)}, with {@code changed} (written in this transaction, so not yet readable)
     * in place of its committed record; the scheme's record (who holds the chair) is bound to the same majority.
     */
    public void bindToMajorityWith(final Participant changed) {
        final List<Participant> registry = all().stream()
                .map(p -> p.getCode().equals(changed.getCode()) ? changed : p)
                .toList();
        bindToMajority(registry);
        // the chair's record follows the same majority, so a Participant that left no longer counts for it
        majorityOf(registry).ifPresent(policy -> ledger.requireEndorsement(Keys.SCHEME, policy));
    }

    /** As {@link #bindToMajority(List)}, for some {@code records}, by the majority of {@code registry}. */
    public void bindToMajority(final List<Participant> records, final List<Participant> registry) {
        majorityOf(registry)
                .ifPresent(policy -> records.forEach(p -> ledger.requireEndorsement(key(p.getCode()), policy)));
    }

    /** Binds a scheme-wide record ({@code key}) to the same majority as the registry's records. */
    public void bindToMajority(final String key) {
        majorityOf(all()).ifPresent(policy -> ledger.requireEndorsement(key, policy));
    }

    /** The endorsement of a majority of the active Participants' peers, if any is active. */
    private static Optional<byte[]> majorityOf(final List<Participant> registry) {
        final List<String> activeMsps = registry.stream()
                .filter(p -> p.getStatus() == ParticipantStatus.ACTIVE)
                .map(Participant::getMspId)
                .toList();
        if (activeMsps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(EndorsementPolicies.outOf(Plenary.majorityOf(activeMsps.size()), activeMsps));
    }
}
