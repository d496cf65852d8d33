package org.kpcs.gateway.api;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kpcs.gateway.certificate.Certificates;
import org.kpcs.gateway.client.InputException;
import org.kpcs.gateway.client.KpcsException;
import org.kpcs.gateway.stats.Period;
import org.kpcs.gateway.stats.Verification;
import org.kpcs.protos.CertificateHistory;
import org.kpcs.protos.CertificatePage;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.ConfirmImportSubmission;
import org.kpcs.protos.CustodyStepRequest;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.GetCertificateHistoryRequest;
import org.kpcs.protos.GetCertificateRequest;
import org.kpcs.protos.IssueCertificateSubmission;
import org.kpcs.protos.KimberleyServiceGrpc;
import org.kpcs.protos.ListCertificatesRequest;
import org.kpcs.protos.ListPendingConfirmationRequest;
import org.kpcs.protos.SealShipmentRequest;
import org.kpcs.protos.TradeStatistics;
import org.kpcs.protos.TradeStatisticsRequest;
import org.kpcs.protos.VerificationReport;
import org.kpcs.protos.VerifyStatisticsRequest;

/** The KimberleyService handlers: each one call to the backend, its refusal sent as a status (ApiErrors). */
final class KimberleyApi extends KimberleyServiceGrpc.KimberleyServiceImplBase {
    private final ApiBackend backend;
    private final Consumer<String> log;

    KimberleyApi(final ApiBackend backend, final Consumer<String> log) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public void getTradeStatistics(final TradeStatisticsRequest r, final StreamObserver<TradeStatistics> out) {
        answer(out, () -> backend.trade(code(r.getParticipant()), period(r.getPeriod())));
    }

    @Override
    public void verifyStatistics(final VerifyStatisticsRequest r, final StreamObserver<VerificationReport> out) {
        answer(out, () -> {
            final String code = code(r.getParticipant());
            final Period period = period(r.getPeriod());
            if (r.hasReport()
                    && !(r.getReport().getParticipant().equals(code)
                            && r.getReport().getPeriod().equals(period.label()))) {
                throw new InputException(
                        ErrorCode.INVALID_ARGUMENT,
                        "the report is " + r.getReport().getParticipant() + " "
                                + r.getReport().getPeriod() + ", not " + code + " " + period.label(),
                        null);
            }
            final TradeStatistics reported = r.hasReport() ? r.getReport() : backend.publicFigures(code, period);
            return Verification.of(backend.ledger()).verify(code, period, reported, r.hasReport() ? "report" : "index");
        });
    }

    @Override
    public void getCertificate(final GetCertificateRequest r, final StreamObserver<CertificateView> out) {
        answer(out, () -> backend.ledger().show(r.getNumber()));
    }

    @Override
    public void getCertificateHistory(
            final GetCertificateHistoryRequest r, final StreamObserver<CertificateHistory> out) {
        answer(out, () -> backend.ledger().history(r.getNumber()));
    }

    @Override
    public void listCertificates(final ListCertificatesRequest r, final StreamObserver<CertificatePage> out) {
        answer(
                out,
                () -> backend.ledger()
                        .list(
                                code(r.getParticipant()),
                                r.getDirection(),
                                r.getFrom(),
                                r.getTo(),
                                r.getPageSize(),
                                r.getBookmark()));
    }

    @Override
    public void listPendingConfirmation(
            final ListPendingConfirmationRequest r, final StreamObserver<CertificatePage> out) {
        answer(out, () -> backend.ledger().pending(code(r.getImporter()), r.getPageSize(), r.getBookmark()));
    }

    @Override
    public void issueCertificate(final IssueCertificateSubmission r, final StreamObserver<CertificateView> out) {
        submit(out, "IssueCertificate " + r.getRequest().getNumber(), c -> c.issue(r.getRequest(), r.getDetails()));
    }

    @Override
    public void sealShipment(final SealShipmentRequest r, final StreamObserver<CertificateView> out) {
        submit(
                out,
                "SealShipment " + r.getCertificateNumber(),
                c -> c.seal(r.getCertificateNumber(), r.getContainerId(), r.getNote()));
    }

    @Override
    public void recordTransit(final CustodyStepRequest r, final StreamObserver<CertificateView> out) {
        submit(
                out,
                "RecordTransit " + r.getCertificateNumber(),
                c -> c.transit(r.getCertificateNumber(), r.getContainerId(), r.getSealIntact(), r.getNote()));
    }

    @Override
    public void recordArrival(final CustodyStepRequest r, final StreamObserver<CertificateView> out) {
        submit(
                out,
                "RecordArrival " + r.getCertificateNumber(),
                c -> c.arrive(r.getCertificateNumber(), r.getContainerId(), r.getSealIntact(), r.getNote()));
    }

    @Override
    public void confirmImport(final ConfirmImportSubmission r, final StreamObserver<CertificateView> out) {
        submit(
                out,
                "ConfirmImport " + r.getRequest().getCertificateNumber(),
                c -> c.confirm(r.getRequest(), r.getReceived()));
    }

    /** A submission as the organisation's user with the caller's role, logged for the operator. */
    private void submit(
            final StreamObserver<CertificateView> out,
            final String what,
            final Function<Certificates, CertificateView> call) {
        final Caller caller = CallerInterceptor.CALLER.get();
        final String by = what + " by " + caller.name() + " (kp.role=" + caller.role() + ")";
        answer(out, () -> {
            try {
                final ApiBackend.Submitter submitter = backend.submitterFor(caller);
                final CertificateView done = call.apply(submitter.certificates());
                log.accept("api: " + by + " as " + submitter.user() + ": " + done.getStatus());
                return done;
            } catch (KpcsException e) {
                log.accept("api: " + by + " refused [" + e.code() + "]: " + e.getMessage());
                throw e;
            }
        });
    }

    private <T> void answer(final StreamObserver<T> out, final Supplier<T> call) {
        final T result;
        try {
            result = call.get();
        } catch (KpcsException e) {
            out.onError(ApiErrors.toStatus(e));
            return;
        } catch (RuntimeException e) {
            log.accept("api: unexpected failure: " + e);
            out.onError(Status.INTERNAL
                    .withDescription(ErrorCode.CLIENT_ERROR.name() + ": " + e.getMessage())
                    .asRuntimeException());
            return;
        }
        out.onNext(result);
        out.onCompleted();
    }

    private static Period period(final String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputException(ErrorCode.INVALID_ARGUMENT, e.getMessage(), e);
        }
    }

    private static String code(final String participant) {
        return participant.strip().toUpperCase(Locale.ROOT);
    }
}
