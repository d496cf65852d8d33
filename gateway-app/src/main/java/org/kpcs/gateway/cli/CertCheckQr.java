package org.kpcs.gateway.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.kpcs.gateway.certificate.Quantities;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.print.CertificatePrints;
import org.kpcs.gateway.print.QrCodes;
import org.kpcs.gateway.print.QrPayload;
import org.kpcs.gateway.print.QrVerdicts;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.PrintPayload;
import org.kpcs.protos.QrCheck;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kpcs cert check-qr PAYLOAD | --image F.png}: a printed Certificate's QR code against the ledger. One
 * verdict, with its own exit code: valid 0, confirmed 10, amended 11, voided 12, forged 13.
 */
@Command(
        name = "check-qr",
        description = "Check a printed Certificate's QR payload (or a picture of the code) against the ledger: valid"
                + " (exit 0), confirmed (10), amended (11), voided (12) or forged (13).")
final class CertCheckQr extends GatewayCommand {
    @ArgGroup(multiplicity = "1")
    Source source;

    /** The payload as text, or an image to decode it from. */
    static final class Source {
        @Parameters(paramLabel = "PAYLOAD", description = "The QR payload, KPC1:NUMBER:RECORDHASH:TXID")
        String payload;

        @Option(names = "--image", paramLabel = "FILE", description = "A PNG or JPEG image of the QR code")
        Path image;
    }

    private PrintPayload payload;
    private int exitCode;

    @Override
    void validate() {
        payload = QrPayload.parse(source.image != null ? QrCodes.read(source.image) : source.payload);
    }

    @Override
    void execute(final KpGateway gateway, final Output output) {
        final QrCheck check = CertificatePrints.of(gateway).check(payload);
        exitCode = check.getExitCode();
        output.print(check, CertCheckQr::text);
    }

    @Override
    int exitCode() {
        return exitCode;
    }

    private static void text(final PrintWriter out, final QrCheck check) {
        out.printf("%s: %s%n", QrVerdicts.word(check.getVerdict()), check.getReason());
        if (!check.hasCurrent()) {
            return;
        }
        final Certificate c = check.getCurrent();
        out.printf(
                "  ledger now: %s, record %s, transaction %s%n",
                check.getStatus(), check.getCurrentRecordHash(), check.getCurrentTxId());
        out.printf(
                "  compare the paper: %s -> %s, origin %s%s, %s ct in %d parcel(s), HS %s, container %s,"
                        + " issued %s, expires %s%n",
                c.getExportingParticipant(),
                c.getImportingParticipant(),
                c.getOrigin(),
                c.getMixedOriginsCount() == 0 ? "" : " " + String.join(",", c.getMixedOriginsList()),
                Quantities.formatCarats(c.getCaratWeightMilli()),
                c.getNumberOfParcels(),
                c.getHsCode(),
                c.getContainerId(),
                c.getDateOfIssue(),
                c.getDateOfExpiry());
    }
}
