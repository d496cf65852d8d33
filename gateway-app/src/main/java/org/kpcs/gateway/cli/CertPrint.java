package org.kpcs.gateway.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.print.CertificatePrints;
import org.kpcs.protos.PrintedCertificate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kpcs cert print NUMBER --out F.pdf}: the printable Certificate with its QR code (Annex I). */
@Command(
        name = "print",
        description = "Write a Certificate as a PDF with every Annex I field and a QR code to check it against the"
                + " ledger; the commercial details only if your organisation may read them.")
final class CertPrint extends GatewayCommand {
    @Parameters(paramLabel = "NUMBER")
    String number;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PDF to write")
    Path out;

    @Override
    void execute(final KpGateway gateway, final Output output) {
        output.print(CertificatePrints.of(gateway).print(number, out), CertPrint::text);
    }

    private static void text(final PrintWriter out, final PrintedCertificate p) {
        out.printf("printed %s [%s] to %s%n", p.getCertificateNumber(), p.getStatus(), p.getFile());
        out.printf(
                "  record %s, written by transaction %s%n",
                p.getPayload().getRecordHash(), p.getPayload().getTxId());
        out.printf(
                "  commercial details: %s%n",
                p.getDetailsIncluded() ? "printed" : "withheld, " + p.getDetailsWithheld());
        out.printf("  QR payload: %s%n", p.getPayloadText());
    }
}
