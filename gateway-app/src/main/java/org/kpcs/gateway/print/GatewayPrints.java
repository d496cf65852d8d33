package org.kpcs.gateway.print;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.kpcs.gateway.certificate.Certificates;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.client.KpcsException;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificateHistory;
import org.kpcs.protos.CertificateView;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.PrintPayload;
import org.kpcs.protos.PrintedCertificate;
import org.kpcs.protos.QrCheck;

/** Printing and checking through the Fabric gateway, with {@link Certificates}' queries. */
final class GatewayPrints implements CertificatePrints {
    private static final Logger LOG = Logger.getLogger(GatewayPrints.class.getName());

    /** The chaincode's refusals that mean "this caller may not read the details", not a failure. */
    private static final Set<ErrorCode> NOT_READABLE = Set.of(
            ErrorCode.DETAILS_NOT_FOUND,
            ErrorCode.OBSERVER_READ_ONLY,
            ErrorCode.ROLE_REQUIRED,
            ErrorCode.WRONG_ORGANISATION);

    private final KpGateway gateway;
    private final Certificates certificates;

    GatewayPrints(final KpGateway gateway) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.certificates = Certificates.of(gateway);
    }

    @Override
    public PrintedCertificate print(final String number, final Path pdf) {
        final CertificateView view = certificates.show(number);
        final Certificate record = view.getCertificate();
        final PrintPayload payload = QrPayload.of(number, RecordHash.of(record), record.getLastTxId());
        Optional<CommercialDetails> details = Optional.empty();
        String withheld = "";
        try {
            details = Optional.of(certificates.details(number));
        } catch (KpcsException e) {
            if (e.stage() != KpcsException.Stage.ENDORSEMENT || !NOT_READABLE.contains(e.code())) {
                throw e;
            }
            withheld = "not readable by " + gateway.mspId() + " (" + e.code() + ": " + e.getMessage() + ")";
        }
        CertificatePdf.write(new PrintContent(view, details, withheld, payload, gateway.mspId(), Instant.now()), pdf);
        LOG.fine(() -> "printed " + number + " record " + payload.getRecordHash() + " to " + pdf);
        return PrintedCertificate.newBuilder()
                .setCertificateNumber(number)
                .setFile(pdf.toString())
                .setPayload(payload)
                .setPayloadText(QrPayload.format(payload))
                .setStatus(view.getStatus())
                .setDetailsIncluded(details.isPresent())
                .setDetailsWithheld(withheld)
                .build();
    }

    @Override
    public QrCheck check(final PrintPayload payload) {
        final String number = payload.getCertificateNumber();
        final CertificateView view;
        try {
            view = certificates.show(number);
        } catch (KpcsException e) {
            if (e.stage() == KpcsException.Stage.ENDORSEMENT && e.code() == ErrorCode.CERTIFICATE_NOT_FOUND) {
                return QrVerdicts.judge(payload, Optional.empty(), CertificateHistory.getDefaultInstance());
            }
            throw e;
        }
        return QrVerdicts.judge(payload, Optional.of(view), certificates.history(number));
    }
}
