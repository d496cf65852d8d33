package org.kpcs.chaincode.industry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpcs.chaincode.testing.Chain.draw;
import static org.kpcs.chaincode.testing.Chain.warranty;
import static org.kpcs.chaincode.testing.Trade.NUMBER;
import static org.kpcs.chaincode.testing.Trade.ok;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kpcs.chaincode.testing.Chain;
import org.kpcs.chaincode.testing.FakeFabric;
import org.kpcs.chaincode.testing.Kp;
import org.kpcs.chaincode.testing.Requests;
import org.kpcs.chaincode.testing.Result;
import org.kpcs.chaincode.testing.User;
import org.kpcs.protos.IssueWarrantyRequest;
import org.kpcs.protos.RecordTransformationRequest;
import org.kpcs.protos.SourceBalance;
import org.kpcs.protos.SourceKind;
import org.kpcs.protos.Transformation;
import org.kpcs.protos.Warranty;
import org.kpcs.protos.WarrantyStatementVersion;

class WarrantyContractTest {
    private final FakeFabric fabric = Chain.imported();

    private SourceBalance balance(final SourceKind kind, final String ref) {
        return fabric.evaluate(Kp.OBSERVER, "Warranties:GetSourceBalance", Requests.getSourceBalance(kind, ref))
                .as(SourceBalance.parser());
    }

    private Result issue(final User who, final IssueWarrantyRequest request) {
        return fabric.submit(who, "Warranties:IssueWarranty", request);
    }

    private void refused(final User who, final IssueWarrantyRequest request, final String code) {
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result result = issue(who, request);
        assertThat(result.errorCode()).as(result.message()).isEqualTo(code);
        assertThat(fabric.snapshot()).as("ledger unchanged").isEqualTo(before);
    }

    @Test
    void a_confirmed_import_by_a_firm_becomes_its_source() {
        final SourceBalance source = balance(SourceKind.CERTIFICATE, NUMBER);
        assertThat(source.getOwnerFirm()).isEqualTo("AE-F-GULF");
        assertThat(source.getReceivedMilli()).isEqualTo(12_500_250);
        assertThat(source.getRemainingMilli()).isEqualTo(12_500_250);
        assertThat(source.getOrigin()).isEqualTo("BW");
    }

    @Test
    void a_firm_warrants_from_its_source_and_the_buyer_gets_a_new_source() {
        final Warranty w = ok(issue(
                        Kp.GULF,
                        warranty("INV-1", "AE-F-GULF", "AE-F-TRADE", draw(SourceKind.CERTIFICATE, NUMBER, 5_000_000))
                                .build()))
                .as(Warranty.parser());
        assertThat(w.getCaratWeightMilli()).isEqualTo(5_000_000);
        assertThat(w.getStatement()).isEqualTo(WarrantyRules.STATEMENT_SOW_REVISED);
        assertThat(w.getInvoiceHash()).isEqualTo(Chain.HASH);
        assertThat(balance(SourceKind.CERTIFICATE, NUMBER).getRemainingMilli()).isEqualTo(7_500_250);
        final SourceBalance traders = balance(SourceKind.INVOICE, "INV-1");
        assertThat(traders.getOwnerFirm()).isEqualTo("AE-F-TRADE");
        assertThat(traders.getRemainingMilli()).isEqualTo(5_000_000);
    }

    @Test
    void the_2002_statement_is_recorded_word_for_word() {
        final Warranty w = ok(issue(
                        Kp.GULF,
                        warranty("INV-2002", "AE-F-GULF", "AE-F-TRADE", draw(SourceKind.CERTIFICATE, NUMBER, 1))
                                .setStatementVersion(WarrantyStatementVersion.WDC_2002)
                                .build()))
                .as(Warranty.parser());
        assertThat(w.getStatement())
                .startsWith("The diamonds herein invoiced have been purchased from legitimate sources")
                .endsWith("written guarantees provided by the supplier of these diamonds.");
    }

    @Test
    void over_warranting_by_a_thousandth_of_a_carat_is_refused() {
        refused(
                Kp.GULF,
                warranty("INV-1", "AE-F-GULF", "AE-F-TRADE", draw(SourceKind.CERTIFICATE, NUMBER, 12_500_251))
                        .build(),
                "OVER_WARRANTED");
        ok(issue(
                Kp.GULF,
                warranty("INV-1", "AE-F-GULF", "AE-F-TRADE", draw(SourceKind.CERTIFICATE, NUMBER, 12_500_250))
                        .build()));
        refused(
                Kp.GULF,
                warranty("INV-2", "AE-F-GULF", "AE-F-TRADE", draw(SourceKind.CERTIFICATE, NUMBER, 1))
                        .build(),
                "OVER_WARRANTED");
        assertThat(balance(SourceKind.CERTIFICATE, NUMBER).getRemainingMilli()).isZero();
    }

    @Test
    void a_firm_acts_only_as_itself_through_the_industry_organisation() {
        final IssueWarrantyRequest asGulf = warranty(
                        "INV-1", "AE-F-GULF", "AE-F-TRADE", draw(SourceKind.CERTIFICATE, NUMBER, 1))
                .build();
        refused(Kp.TRADER, asGulf, "NOT_YOUR_FIRM");
        refused(User.firm("AEMSP", "rogue", "AE-F-GULF"), asGulf, "WRONG_ORGANISATION");
        refused(User.of("WDCMSP", "nofirm", "firm"), asGulf, "NOT_YOUR_FIRM");
        refused(Kp.AUDITOR, asGulf, "ROLE_REQUIRED");
        refused(Kp.OBSERVER, asGulf, "OBSERVER_READ_ONLY");
    }

    @Test
    void unknown_firms_and_sources_not_owned_are_refused() {
        refused(
                Kp.GULF,
                warranty("INV-1", "AE-F-GULF", "AE-F-NONE", draw(SourceKind.CERTIFICATE, NUMBER, 1))
                        .build(),
                "FIRM_NOT_FOUND");
        refused(
                Kp.GULF,
                warranty("INV-1", "AE-F-GULF", "AE-F-TRADE", draw(SourceKind.INVOICE, "INV-NONE", 1))
                        .build(),
                "SOURCE_NOT_FOUND");
        refused(
                Kp.TRADER,
                warranty("INV-1", "AE-F-TRADE", "IN-F-CUT", draw(SourceKind.CERTIFICATE, NUMBER, 1))
                        .build(),
                "SOURCE_NOT_OWNED");
    }

    @Test
    void cycles_and_repeated_sources_are_refused() {
        refused(
                Kp.GULF,
                warranty("INV-1", "AE-F-GULF", "AE-F-TRADE", draw(SourceKind.INVOICE, "INV-1", 1))
                        .build(),
                "SOURCE_CYCLE");
        refused(
                Kp.GULF,
                warranty(
                                "INV-1",
                                "AE-F-GULF",
                                "AE-F-TRADE",
                                draw(SourceKind.CERTIFICATE, NUMBER, 1),
                                draw(SourceKind.CERTIFICATE, NUMBER, 2))
                        .build(),
                "SOURCE_CYCLE");
    }

    @Test
    void malformed_warranties_are_refused() {
        final IssueWarrantyRequest good = warranty(
                        "INV-1", "AE-F-GULF", "AE-F-TRADE", draw(SourceKind.CERTIFICATE, NUMBER, 1))
                .build();
        refused(
                Kp.GULF,
                good.toBuilder()
                        .setStatementVersion(WarrantyStatementVersion.WARRANTY_STATEMENT_VERSION_UNSPECIFIED)
                        .build(),
                "INVALID_ARGUMENT");
        refused(Kp.GULF, good.toBuilder().setStatementVersionValue(9).build(), "INVALID_ARGUMENT");
        refused(Kp.GULF, good.toBuilder().setInvoiceHash("abc").build(), "INVALID_ARGUMENT");
        refused(Kp.GULF, good.toBuilder().setInvoiceDate("2027-01-01").build(), "INVALID_ARGUMENT");
        refused(Kp.GULF, good.toBuilder().setBuyerFirm("AE-F-GULF").build(), "INVALID_ARGUMENT");
        refused(Kp.GULF, good.toBuilder().clearSources().build(), "INVALID_ARGUMENT");
        refused(
                Kp.GULF,
                good.toBuilder()
                        .clearSources()
                        .addSources(draw(SourceKind.CERTIFICATE, NUMBER, 0))
                        .build(),
                "INVALID_ARGUMENT");
        ok(issue(Kp.GULF, good));
        refused(
                Kp.GULF,
                good.toBuilder()
                        .clearSources()
                        .addSources(draw(SourceKind.CERTIFICATE, NUMBER, 2))
                        .build(),
                "DUPLICATE_INVOICE");
    }

    @Test
    void cutting_and_polishing_yields_no_more_than_went_in() {
        ok(issue(
                Kp.GULF,
                warranty("INV-1", "AE-F-GULF", "IN-F-CUT", draw(SourceKind.CERTIFICATE, NUMBER, 3_000_000))
                        .build()));
        final RecordTransformationRequest.Builder polish = RecordTransformationRequest.newBuilder()
                .setTransformationId("CUT-1")
                .setFirm("IN-F-CUT")
                .addInputs(draw(SourceKind.INVOICE, "INV-1", 3_000_000))
                .setDate("2026-03-02");
        final Map<String, List<Byte>> before = fabric.snapshot();
        assertThat(fabric.submit(
                                Kp.CUTTER,
                                "Warranties:RecordTransformation",
                                polish.clone().setOutputMilli(3_000_001).build())
                        .errorCode())
                .isEqualTo("OVER_WARRANTED");
        assertThat(fabric.submit(
                                Kp.GULF,
                                "Warranties:RecordTransformation",
                                polish.clone().setOutputMilli(1).build())
                        .errorCode())
                .isEqualTo("NOT_YOUR_FIRM");
        assertThat(fabric.snapshot()).isEqualTo(before);
        final Transformation t = ok(fabric.submit(
                        Kp.CUTTER,
                        "Warranties:RecordTransformation",
                        polish.setOutputMilli(1_200_000).build()))
                .as(Transformation.parser());
        assertThat(t.getInputMilli()).isEqualTo(3_000_000);
        final SourceBalance polished = balance(SourceKind.TRANSFORMATION, "CUT-1");
        assertThat(polished.getPolished()).isTrue();
        assertThat(polished.getRemainingMilli()).isEqualTo(1_200_000);

        final Warranty sold = ok(issue(
                        Kp.CUTTER,
                        warranty(
                                        "INV-P1",
                                        "IN-F-CUT",
                                        "AE-F-TRADE",
                                        draw(SourceKind.TRANSFORMATION, "CUT-1", 1_000_000))
                                .build()))
                .as(Warranty.parser());
        assertThat(sold.getPolished()).isTrue();
    }
}
