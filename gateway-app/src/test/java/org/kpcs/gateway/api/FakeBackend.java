package org.kpcs.gateway.api;

import static org.mockito.Mockito.mock;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kpcs.gateway.certificate.Certificates;
import org.kpcs.gateway.stats.Period;
import org.kpcs.protos.OrgProfile;
import org.kpcs.protos.StatisticsLine;
import org.kpcs.protos.TradeStatistics;
import org.kpcs.protos.UserCredentials;

/**
 * A backend whose index holds one export line of BW to AE, whose ledger and users are mocks, and which picks
 * the submitting user with the real rule ({@link ServingBackend#userFor}) from a BW profile.
 */
final class FakeBackend implements ApiBackend {
    static final OrgProfile BW = OrgProfile.newBuilder()
            .setOrg("BW")
            .setMspId("BWMSP")
            .putUsers("admin", UserCredentials.newBuilder().setRole("admin").build())
            .putUsers("customs", UserCredentials.newBuilder().setRole("customs").build())
            .putUsers(
                    "exporter",
                    UserCredentials.newBuilder().setRole("exporting-authority").build())
            .build();
    static final StatisticsLine EXPORT = StatisticsLine.newBuilder()
            .setPartner("AE")
            .setOrigin("BW")
            .setHsCode("7102.10")
            .setCertificates(1)
            .setCaratWeightMilli(1_000)
            .build();

    final Certificates ledger = mock(Certificates.class);
    final Certificates submitter = mock(Certificates.class);
    final List<Caller> callers = new CopyOnWriteArrayList<>();
    final List<String> indexReads = new CopyOnWriteArrayList<>();
    volatile boolean closed;

    @Override
    public TradeStatistics trade(final String participant, final Period period) {
        indexReads.add(participant + " " + period.label());
        return TradeStatistics.newBuilder()
                .setParticipant(participant)
                .setPeriod(period.label())
                .addExports(EXPORT)
                .setExportTotal(EXPORT.toBuilder().clearPartner().clearOrigin().clearHsCode())
                .build();
    }

    @Override
    public TradeStatistics publicFigures(final String participant, final Period period) {
        return trade(participant, period);
    }

    @Override
    public Certificates ledger() {
        return ledger;
    }

    @Override
    public Submitter submitterFor(final Caller caller) {
        callers.add(caller);
        return new Submitter(ServingBackend.userFor(caller, BW), submitter);
    }

    @Override
    public void close() {
        closed = true;
    }
}
