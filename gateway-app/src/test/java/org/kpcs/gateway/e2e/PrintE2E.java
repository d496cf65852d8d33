package org.kpcs.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpcs.gateway.certificate.Certificates;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.e2e.PrintedCertificates.Run;
import org.kpcs.gateway.print.QrCodes;
import org.kpcs.protos.AmendCertificateRequest;
import org.kpcs.protos.CertificateStatus;
import org.kpcs.protos.CommercialDetails;
import org.kpcs.protos.ConfirmImportRequest;

/**
 * The printed Certificate on the real network: issued, printed with {@code kpcs cert print}, rendered to PNG
 * by pdftoppm, its QR code decoded with ZXing and checked with {@code kpcs cert check-qr} as the shipment
 * moves on: valid, confirmed, amended, voided, and forged when tampered with.
 */
class PrintE2E {
    private static final long CARATS = 12_500_250;

    @TempDir
    Path dir;

    @AfterAll
    static void closeChannels() {
        LocalNetwork.CHANNELS.close();
    }

    private static String number() {
        return "BW-PRT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static CommercialDetails issue(final String number) {
        final CommercialDetails details = Trades.details(number, "");
        try (KpGateway exporter = LocalNetwork.as("BW", "exporter")) {
            Certificates.of(exporter).issue(Trades.certificate(number, "AE", CARATS), details);
        }
        Trades.awaitOnEveryParticipantsPeer(number, CertificateStatus.ISSUED);
        return details;
    }

    private Path print(final String number, final String org, final String user, final String name) {
        final Path pdf = dir.resolve(name + ".pdf");
        final Run printed = PrintedCertificates.kpcs(org, user, "cert", "print", number, "--out", pdf.toString());
        assertThat(printed.exitCode()).as("cert print: %s", printed.err()).isZero();
        assertThat(printed.out()).contains("printed " + number).contains("QR payload: KPC1:" + number + ":");
        return PrintedCertificates.keep(pdf);
    }

    /** The payload a scanner reads from the printed page: pdftoppm's PNG, decoded with ZXing. */
    private static String scan(final Path pdf) {
        return QrCodes.read(PrintedCertificates.keep(PrintedCertificates.render(pdf)));
    }

    /** A border officer (AE customs) checks a payload; returns the run, its first line the verdict. */
    private static Run check(final String... args) {
        final String[] all = new String[args.length + 2];
        all[0] = "cert";
        all[1] = "check-qr";
        System.arraycopy(args, 0, all, 2, args.length);
        return PrintedCertificates.kpcs("AE", "customs", all);
    }

    private static void assertVerdict(final Run run, final int exitCode, final String verdict) {
        assertThat(run.exitCode())
                .as("exit code; printed %s %s", run.out(), run.err())
                .isEqualTo(exitCode);
        assertThat(run.out()).startsWith(verdict + ": ");
    }

    @Test
    void a_printed_certificate_is_valid_then_confirmed_and_a_tampered_payload_is_forged() {
        final String number = number();
        final CommercialDetails details = issue(number);
        final Path pdf = print(number, "BW", "exporter", number);
        final String payload = scan(pdf);
        assertThat(payload).startsWith("KPC1:" + number + ":");

        final Path png = PrintedCertificates.render(pdf);
        final Run byImage = check("--image", png.toString());
        assertVerdict(byImage, 0, "valid");
        assertThat(byImage.out())
                .contains("matches Certificate " + number)
                .contains("ISSUED")
                .contains("compare the paper: BW -> AE, origin BW, 12500.250 ct in 1 parcel(s), HS 7102.10");
        assertThat(PrintedCertificates.text(pdf))
                .contains("Kimberley Process Certificate")
                .contains("handled in accordance with the provisions of the Kimberley Process Certification Scheme")
                .contains("Certificate number (ISO 3166-1 alpha-2) " + number)
                .contains("Country of origin BW")
                .contains("Date of issuance " + Trades.TODAY)
                .contains("Issuing authority Exporting Authority (BW)")
                .contains("Identification of exporter Exporter of " + number)
                .contains("Identification of importer Importer of " + number)
                .contains("Carat weight 12500.250 ct")
                .contains("Value in US$ US$ 4200000.00")
                .contains("Number of parcels 1")
                .contains("Harmonised System code 7102.10")
                .contains("Validation by the Exporting Authority validated by")
                .contains("Invoice reference INV-" + number)
                .contains("(matches the Certificate)")
                .contains("Record hash (SHA-256) " + payload.split(":")[2].toLowerCase(Locale.ROOT))
                .contains("Written by transaction " + payload.split(":")[3].toLowerCase(Locale.ROOT));

        final String hash = payload.split(":")[2];
        final String flipped = (hash.charAt(0) == 'A' ? "B" : "A") + hash.substring(1);
        assertVerdict(check(payload.replace(hash, flipped)), 13, "forged");
        assertVerdict(check(payload.replace(number, number + "X")), 13, "forged");
        final String tx = payload.split(":")[3];
        assertVerdict(check(payload.replace(tx, "0".repeat(64))), 13, "forged");

        try (KpGateway customs = LocalNetwork.as("BW", "customs");
                KpGateway importer = LocalNetwork.as("AE", "importer")) {
            Certificates.of(customs).seal(number, "SEAL-" + number, "print e2e");
            Trades.awaitOnEveryParticipantsPeer(number, CertificateStatus.SEALED_FOR_EXPORT);
            assertVerdict(check(payload), 0, "valid");
            Certificates.of(importer).arrive(number, "SEAL-" + number, true, "print e2e");
            Certificates.of(importer)
                    .confirm(
                            ConfirmImportRequest.newBuilder()
                                    .setCertificateNumber(number)
                                    .setNumberOfParcels(1)
                                    .setCaratWeightMilli(CARATS)
                                    .setDateOfReceipt(Trades.TODAY)
                                    .build(),
                            details);
        }
        Trades.awaitOnEveryParticipantsPeer(number, CertificateStatus.CONFIRMED);
        final Run confirmed = check(payload);
        assertVerdict(confirmed, 10, "confirmed");
        assertThat(confirmed.out()).contains("AE confirmed receipt on " + Trades.TODAY);
    }

    @Test
    void a_reader_without_rights_to_the_details_gets_a_certificate_without_value_parties_or_invoice() {
        final String number = number();
        issue(number);
        for (final String[] reader : new String[][] {{"CSO", "observer"}, {"IN", "importer"}, {"AE", "importer"}}) {
            final Path pdf = print(number, reader[0], reader[1], number + "-" + reader[0]);
            assertThat(PrintedCertificates.text(pdf))
                    .as("printed by %s %s", reader[0], reader[1])
                    .contains("Value in US$ withheld (private to BW and AE)")
                    .contains("not readable by " + reader[0] + "MSP")
                    .contains("Carat weight 12500.250 ct")
                    .doesNotContain("4200000")
                    .doesNotContain("Exporter of " + number)
                    .doesNotContain("Importer of " + number)
                    .doesNotContain("INV-" + number);
            assertThat(scan(pdf)).startsWith("KPC1:" + number + ":");
        }
    }

    @Test
    void paper_printed_before_an_amendment_says_amended_and_after_a_void_voided() {
        final String number = number();
        issue(number);
        final String first = scan(print(number, "BW", "exporter", number + "-first"));
        try (KpGateway exporter = LocalNetwork.as("BW", "exporter")) {
            Certificates.of(exporter)
                    .amend(
                            AmendCertificateRequest.newBuilder()
                                    .setNumber(number)
                                    .setReason("re-weighed at the export office")
                                    .setCaratWeightMilli(12_000_000)
                                    .build(),
                            null);
        }
        Trades.awaitOnEveryParticipantsPeer(number, CertificateStatus.ISSUED);
        final Run amended = check(first);
        assertVerdict(amended, 11, "amended");
        assertThat(amended.out()).contains("re-weighed at the export office");
        final Path reprinted = print(number, "BW", "exporter", number + "-second");
        assertThat(PrintedCertificates.text(reprinted)).contains("Carat weight 12000.000 ct");
        final String second = scan(reprinted);
        assertVerdict(check(second), 0, "valid");

        try (KpGateway exporter = LocalNetwork.as("BW", "exporter")) {
            Certificates.of(exporter).voidCertificate(number, "shipment cancelled");
        }
        Trades.awaitOnEveryParticipantsPeer(number, CertificateStatus.VOID);
        assertVerdict(check(second), 12, "voided");
        final Run json = check(first, "--json");
        assertThat(json.exitCode()).isEqualTo(12);
        assertThat(json.out()).contains("\"verdict\": \"QR_VOIDED\"").contains("shipment cancelled");
    }

    @Test
    void a_malformed_payload_or_an_image_without_a_code_is_refused_before_anything_is_sent() {
        final Run malformed = check("KPC1:BW-1:ABC:DEF");
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.err())
                .contains("refused at input")
                .contains("[QR_PAYLOAD]")
                .contains("record hash");
        final Run json = check("hello", "--json");
        assertThat(json.exitCode()).isEqualTo(2);
        assertThat(json.out()).contains("\"code\":\"QR_PAYLOAD\"");
        final Run noImage = check("--image", dir.resolve("missing.png").toString());
        assertThat(noImage.exitCode()).isEqualTo(2);
        assertThat(noImage.err()).contains("[PRINT_FILE]");
    }
}
