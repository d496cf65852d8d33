package org.kpcs.chaincode.industry;

import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.kpcs.chaincode.ledger.Caller;
import org.kpcs.chaincode.ledger.Keys;
import org.kpcs.chaincode.ledger.KpcsContract;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.Role;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.chaincode.participant.Participants;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.Firm;
import org.kpcs.protos.FirmActivity;
import org.kpcs.protos.FirmPage;
import org.kpcs.protos.FirmStatus;
import org.kpcs.protos.GetFirmRequest;
import org.kpcs.protos.IndustryEvent;
import org.kpcs.protos.ListFirmsRequest;
import org.kpcs.protos.Participant;
import org.kpcs.protos.RegisterFirmRequest;
import org.kpcs.protos.Sanction;
import org.kpcs.protos.SanctionFirmRequest;

/** Licensed buyers, sellers, exporters and brokers (Annex II 13, 14), and convictions or sanctions (II 6). */
@Contract(
        name = "Firms",
        info = @Info(title = "KPCS licensed firms", version = "1"),
        transactionSerializer = "org.kpcs.chaincode.ledger.ProtoSerializer")
public final class FirmContract implements KpcsContract {
    /** Chaincode event name; the payload is an {@code IndustryEvent}. */
    public static final String EVENT = "IndustryEvent";

    private static final Logger LOG = Logger.getLogger(FirmContract.class.getName());

    /** A Participant's authority registers a firm licensed in its territory. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] RegisterFirm(final TransactionContext ctx, final byte[] requestBytes) {
        final RegisterFirmRequest request = Ledger.request(requestBytes, RegisterFirmRequest.parser());
        final Caller caller = ctx.caller();
        final Ledger ledger = ctx.ledger();
        final Participants participants = Participants.of(ctx);
        final Participant licensor = participants.requireAuthorityOf(
                caller, request.getCountry(), Role.EXPORTING_AUTHORITY, Role.IMPORTING_AUTHORITY);
        // a suspended Participant licenses no new firms (KPCS III(c): it is out of the trade)
        participants.requireActive(licensor);
        Firms.checkId(request.getFirmId());
        if (request.getName().isBlank() || request.getAddress().isBlank()) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT, "a licensing record names the firm and its address (Annex II 14)");
        }
        if (request.getLicenceNumber().isBlank()) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "the firm's licence number is required (Annex II 13)");
        }
        if (request.getActivitiesCount() == 0
                || request.getActivitiesList().contains(FirmActivity.FIRM_ACTIVITY_UNSPECIFIED)
                || request.getActivitiesList().contains(FirmActivity.UNRECOGNIZED)) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "name what the firm is licensed for: BUYER, SELLER, EXPORTER, BROKER or MANUFACTURER");
        }
        final Firms firms = Firms.of(ctx);
        if (firms.exists(request.getFirmId())) {
            throw Refusal.of(ErrorCode.DUPLICATE_FIRM, "firm " + request.getFirmId() + " is already registered");
        }
        final Firm firm = Firm.newBuilder()
                .setFirmId(request.getFirmId())
                .setName(request.getName().strip())
                .setAddress(request.getAddress().strip())
                .setCountry(licensor.getCode())
                .setLicenceNumber(request.getLicenceNumber().strip())
                .addAllActivities(request.getActivitiesList())
                .setStatus(FirmStatus.LICENSED)
                .setRegisteredBy(caller.id())
                .setRegisteredAt(ledger.txTimestamp())
                .setLastTxId(ledger.txId())
                .build();
        firms.save(firm);
        ledger.emit(EVENT, IndustryEvent.newBuilder().setFirmRegistered(firm).build());
        LOG.info(() -> "registered firm " + firm.getFirmId() + " licensed by " + licensor.getCode());
        return Ledger.bytes(firm);
    }

    /**
     * A Participant records that a firm was convicted or sanctioned (Annex II 6, made known to all through the
     * ledger). From then on no certificate or warranty may name it.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public byte[] SanctionFirm(final TransactionContext ctx, final byte[] requestBytes) {
        final SanctionFirmRequest request = Ledger.request(requestBytes, SanctionFirmRequest.parser());
        final String firmId = request.getFirmId();
        final String reason = request.getReason();
        final Caller caller = ctx.caller();
        caller.requireAnyRole(Role.EXPORTING_AUTHORITY, Role.IMPORTING_AUTHORITY, Role.CHAIR);
        final Ledger ledger = ctx.ledger();
        final Participants participants = Participants.of(ctx);
        final Participant recorder = participants.requireActive(participants.forMsp(caller.mspId()));
        if (caller.has(Role.CHAIR)) {
            participants.requireChair(caller, recorder);
        }
        if (reason.isBlank()) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "a sanction needs the reason (the conviction or decision)");
        }
        final Firms firms = Firms.of(ctx);
        final Firm firm = firms.get(firmId);
        final Firm sanctioned = firm.toBuilder()
                .setStatus(FirmStatus.SANCTIONED)
                .addSanctions(Sanction.newBuilder()
                        .setRecordedByParticipant(recorder.getCode())
                        .setReason(reason.strip())
                        .setReference(request.getReference().strip())
                        .setRecordedAt(ledger.txTimestamp())
                        .setTxId(ledger.txId()))
                .setLastTxId(ledger.txId())
                .build();
        firms.save(sanctioned);
        ledger.emit(
                EVENT, IndustryEvent.newBuilder().setFirmSanctioned(sanctioned).build());
        LOG.warning(() -> "firm " + firmId + " SANCTIONED by " + recorder.getCode() + ": " + reason);
        return Ledger.bytes(sanctioned);
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] GetFirm(final TransactionContext ctx, final byte[] requestBytes) {
        final GetFirmRequest request = Ledger.request(requestBytes, GetFirmRequest.parser());
        return Ledger.bytes(Firms.of(ctx).get(request.getFirmId()));
    }

    /** The firms licensed by one Participant, one page at a time. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public byte[] ListFirms(final TransactionContext ctx, final byte[] requestBytes) {
        final ListFirmsRequest request = Ledger.request(requestBytes, ListFirmsRequest.parser());
        final Ledger ledger = ctx.ledger();
        Participants.of(ctx).get(request.getCountry());
        final int size = Ledger.pageSize(request.getPageSize());
        final String prefix = Keys.firmsOf(request.getCountry());
        final Ledger.Page page = ledger.page(prefix, prefix + Keys.END, size, request.getBookmark());
        final FirmPage.Builder result = FirmPage.newBuilder().setBookmark(page.bookmark());
        final Firms firms = Firms.of(ctx);
        for (final KeyValue kv : page.entries()) {
            result.addFirms(firms.get(new String(kv.getValue(), StandardCharsets.UTF_8)));
        }
        return Ledger.bytes(result.build());
    }
}
