package org.kpcs.gateway.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.kpcs.gateway.certificate.Quantities;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.gateway.industry.Industry;
import org.kpcs.protos.IssueWarrantyRequest;
import org.kpcs.protos.RecordTransformationRequest;
import org.kpcs.protos.SourceDraw;
import org.kpcs.protos.SourceKind;
import org.kpcs.protos.WarrantyStatementVersion;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kpcs warranty ...}: the industry's chain of warranties (KPCS IV, self-regulation). */
@Command(
        name = "warranty",
        description = "Warranty invoices: issue, show, transform, balance, trace, trace-cert, reconcile, attest,"
                + " attestations.",
        subcommands = {
            WarrantyCommand.Issue.class,
            WarrantyCommand.Show.class,
            WarrantyCommand.Transform.class,
            WarrantyCommand.Balance.class,
            WarrantyCommand.Trace.class,
            WarrantyCommand.TraceCert.class,
            WarrantyCommand.Reconcile.class,
            WarrantyCommand.Attest.class,
            WarrantyCommand.Attestations.class
        })
final class WarrantyCommand {
    /** A warranty subcommand. */
    abstract static class Sub extends GatewayCommand {
        @Override
        final void execute(final KpGateway gateway, final Output out) {
            run(Industry.of(gateway), out);
        }

        abstract void run(Industry industry, Output out);
    }

    /** "KIND:REF:CARATS", e.g. CERTIFICATE:BW-2026-000123:5000.000. */
    static List<SourceDraw> sources(final List<String> specs) {
        final List<SourceDraw> draws = new ArrayList<>();
        for (final String spec : specs) {
            final String[] parts = spec.split(":", 3);
            if (parts.length != 3) {
                throw new IllegalArgumentException(
                        "source '" + spec + "' must be KIND:REF:CARATS, e.g. CERTIFICATE:BW-2026-000123:5000.000");
            }
            final SourceKind kind;
            try {
                kind = SourceKind.valueOf(parts[0].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "source kind '" + parts[0] + "' must be CERTIFICATE, INVOICE or TRANSFORMATION", e);
            }
            draws.add(SourceDraw.newBuilder()
                    .setKind(kind)
                    .setRef(parts[1])
                    .setCaratWeightMilli(Quantities.caratsToMilli(parts[2]))
                    .build());
        }
        return draws;
    }

    /** A document's SHA-256 (hex): the document itself stays off the ledger. */
    static String sha256(final Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document: a file to hash, or its hash. */
    static final class Document {
        @Option(names = "--invoice-file", description = "The invoice document; only its SHA-256 is recorded")
        Path file;

        @Option(names = "--invoice-hash", description = "SHA-256 (hex) of the invoice document")
        String hash;

        String hash() {
            return file != null ? sha256(file) : hash;
        }
    }

    @Command(name = "issue", description = "As the selling firm, record a warranty invoice drawing on your sources.")
    static final class Issue extends Sub {
        @Option(names = "--invoice", required = true, description = "Invoice id")
        String invoice;

        @Option(names = "--seller", required = true, description = "Your firm id")
        String seller;

        @Option(names = "--buyer", required = true)
        String buyer;

        @Option(names = "--date", required = true, description = "Invoice date, yyyy-mm-dd")
        String date;

        @Option(names = "--statement", defaultValue = "SOW_REVISED", description = "WDC_2002 or SOW_REVISED")
        WarrantyStatementVersion statement;

        @Option(names = "--source", required = true, description = "KIND:REF:CARATS, repeatable")
        List<String> sourceSpecs;

        @ArgGroup(multiplicity = "1")
        Document document;

        private List<SourceDraw> draws;

        @Override
        void validate() {
            draws = sources(sourceSpecs);
        }

        @Override
        void run(final Industry industry, final Output out) {
            out.print(
                    industry.issueWarranty(IssueWarrantyRequest.newBuilder()
                            .setInvoiceId(invoice)
                            .setSellerFirm(seller)
                            .setBuyerFirm(buyer)
                            .setInvoiceDate(date)
                            .setStatementVersion(statement)
                            .addAllSources(draws)
                            .setInvoiceHash(document.hash())
                            .build()),
                    IndustryText::warranty);
        }
    }

    @Command(name = "show", description = "A warranty invoice.")
    static final class Show extends Sub {
        @Parameters(paramLabel = "INVOICE_ID")
        String invoice;

        @Override
        void run(final Industry industry, final Output out) {
            out.print(industry.warranty(invoice), IndustryText::warranty);
        }
    }

    @Command(name = "transform", description = "As a manufacturer, record cutting and polishing of rough you hold.")
    static final class Transform extends Sub {
        @Option(names = "--id", required = true)
        String id;

        @Option(names = "--firm", required = true)
        String firm;

        @Option(names = "--input", required = true, description = "KIND:REF:CARATS of rough, repeatable")
        List<String> inputSpecs;

        @Option(names = "--output", required = true, description = "Polished carats (no more than the input)")
        String output;

        @Option(names = "--date", required = true)
        String date;

        private List<SourceDraw> inputs;
        private long outputMilli;

        @Override
        void validate() {
            inputs = sources(inputSpecs);
            outputMilli = Quantities.caratsToMilli(output);
        }

        @Override
        void run(final Industry industry, final Output out) {
            out.print(
                    industry.transform(RecordTransformationRequest.newBuilder()
                            .setTransformationId(id)
                            .setFirm(firm)
                            .addAllInputs(inputs)
                            .setOutputMilli(outputMilli)
                            .setDate(date)
                            .build()),
                    IndustryText::transformation);
        }
    }

    @Command(name = "balance", description = "Carats a source has left: KIND REF.")
    static final class Balance extends Sub {
        @Parameters(index = "0", paramLabel = "KIND")
        SourceKind kind;

        @Parameters(index = "1", paramLabel = "REF")
        String ref;

        @Override
        void run(final Industry industry, final Output out) {
            out.print(industry.balance(kind, ref), IndustryText::balance);
        }
    }

    @Command(name = "trace", description = "From an invoice back to the KP Certificates and countries of origin.")
    static final class Trace extends Sub {
        @Parameters(paramLabel = "INVOICE_ID")
        String ref;

        @Option(names = "--kind", defaultValue = "INVOICE", description = "INVOICE or TRANSFORMATION")
        SourceKind kind;

        @Override
        void run(final Industry industry, final Output out) {
            out.print(industry.trace(kind, ref), IndustryText::trace);
        }
    }

    @Command(name = "trace-cert", description = "From a KP Certificate forward to every invoice that drew on it.")
    static final class TraceCert extends Sub {
        @Parameters(paramLabel = "NUMBER")
        String number;

        @Override
        void run(final Industry industry, final Output out) {
            out.print(industry.traceCertificate(number), IndustryText::use);
        }
    }

    @Command(name = "reconcile", description = "A firm's year: warranties received against issued, carats in and out.")
    static final class Reconcile extends Sub {
        @Option(names = "--firm", required = true)
        String firm;

        @Option(names = "--year", required = true)
        int year;

        @Override
        void run(final Industry industry, final Output out) {
            out.print(industry.reconcile(firm, year), IndustryText::reconciliation);
        }
    }

    @Command(name = "attest", description = "As an independent auditor, attest a firm's year.")
    static final class Attest extends Sub {
        @Option(names = "--firm", required = true)
        String firm;

        @Option(names = "--year", required = true)
        int year;

        @Option(names = "--audit-firm", required = true)
        String auditFirm;

        @Option(names = "--report-file", required = true, description = "The audit report; its SHA-256 is recorded")
        Path report;

        @Option(names = "--opinion", required = true)
        String opinion;

        private String reportHash;

        @Override
        void validate() {
            reportHash = sha256(report);
        }

        @Override
        void run(final Industry industry, final Output out) {
            out.print(industry.attest(firm, year, auditFirm, reportHash, opinion), IndustryText::attestation);
        }
    }

    @Command(name = "attestations", description = "The attested years of a firm.")
    static final class Attestations extends Sub {
        @Option(names = "--firm", required = true)
        String firm;

        @Override
        void run(final Industry industry, final Output out) {
            out.print(industry.attestations(firm), IndustryText::attestations);
        }
    }
}
