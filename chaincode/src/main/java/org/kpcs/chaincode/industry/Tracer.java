package org.kpcs.chaincode.industry;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.kpcs.chaincode.ledger.Keys;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.protos.Certificate;
import org.kpcs.protos.CertificateUse;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.OriginShare;
import org.kpcs.protos.SourceDraw;
import org.kpcs.protos.SourceKind;
import org.kpcs.protos.TraceNode;
import org.kpcs.protos.Transformation;
import org.kpcs.protos.Warranty;
import org.kpcs.protos.WarrantyTrace;

/**
 * Follows the chain of warranties. Backward from an invoice to the KP Certificates and countries of origin,
 * forward from a certificate to every invoice that drew on it. Each record is read once, so the cost is
 * proportional to the chain, not to the ledger; a trace larger than {@link #MAX_NODES} is refused.
 */
final class Tracer {
    static final int MAX_NODES = 5_000;
    private static final MathContext MATH = MathContext.DECIMAL128;

    private final Ledger ledger;
    private final Map<String, Node> nodes = new LinkedHashMap<>();

    Tracer(final Ledger ledger) {
        this.ledger = ledger;
    }

    /** One record of the chain and the sources it drew on. */
    private static final class Node {
        final SourceKind kind;
        final String ref;
        final long total;
        /** What the record hands on: its carats, or a transformation's polished output. */
        long yields;

        final List<SourceDraw> sources;
        final TraceNode.Builder view;
        int depth = Integer.MAX_VALUE;
        String via = "";
        long drawn;
        BigDecimal contributes = BigDecimal.ZERO;

        Node(final SourceKind kind, final String ref, final long total, final List<SourceDraw> sources) {
            this.kind = kind;
            this.ref = ref;
            this.total = total;
            this.yields = total;
            this.sources = sources;
            this.view = TraceNode.newBuilder().setKind(kind).setRef(ref);
        }
    }

    private static String id(final SourceKind kind, final String ref) {
        return kind.name() + "/" + ref;
    }

    WarrantyTrace backward(final SourceKind rootKind, final String rootRef) {
        final Node root = load(rootKind, rootRef);
        final long rootMilli = root.yields;
        root.depth = 0;
        final Deque<Node> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            final Node node = queue.poll();
            for (final SourceDraw draw : node.sources) {
                final String childId = id(draw.getKind(), draw.getRef());
                Node child = nodes.get(childId);
                if (child == null) {
                    child = load(draw.getKind(), draw.getRef());
                    queue.add(child);
                }
                if (node.depth + 1 < child.depth) {
                    child.depth = node.depth + 1;
                    child.via = node.ref;
                    child.drawn = draw.getCaratWeightMilli();
                }
            }
        }
        // contributions, parents before children (topological order of the acyclic chain)
        root.contributes = BigDecimal.valueOf(rootMilli);
        for (final Node node : topologicalOrder(root)) {
            for (final SourceDraw draw : node.sources) {
                final Node child = nodes.get(id(draw.getKind(), draw.getRef()));
                final BigDecimal share = node.contributes
                        .multiply(BigDecimal.valueOf(draw.getCaratWeightMilli()), MATH)
                        .divide(BigDecimal.valueOf(node.total), MATH);
                child.contributes = child.contributes.add(share, MATH);
            }
        }
        final WarrantyTrace.Builder trace = WarrantyTrace.newBuilder()
                .setRoot(rootRef)
                .setRootKind(rootKind)
                .setRootMilli(rootMilli)
                .setNodesVisited(nodes.size());
        for (final Node node : nodes.values()) {
            final long contributes =
                    node.contributes.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
            trace.addNodes(node.view
                    .setDepth(node.depth)
                    .setVia(node.via)
                    .setDrawnMilli(node.drawn)
                    .setContributesMilli(contributes));
            if (node.kind == SourceKind.CERTIFICATE) {
                // a certificate accounts itself for the part of its carats not drawn from earlier sources
                final long drawn = node.sources.stream()
                        .mapToLong(SourceDraw::getCaratWeightMilli)
                        .sum();
                if (drawn < node.total) {
                    final long own = node.contributes
                            .multiply(BigDecimal.valueOf(node.total - drawn), MATH)
                            .divide(BigDecimal.valueOf(node.total), MATH)
                            .setScale(0, RoundingMode.HALF_EVEN)
                            .longValueExact();
                    trace.addOrigins(OriginShare.newBuilder()
                            .setCertificateNumber(node.ref)
                            .setOrigin(node.view.getOrigin())
                            .addAllMixedOrigins(node.view.getMixedOriginsList())
                            .setContributesMilli(own));
                }
            }
        }
        return trace.build();
    }

    private List<Node> topologicalOrder(final Node root) {
        final List<Node> postOrder = new ArrayList<>();
        final Map<String, Boolean> done = new HashMap<>();
        final Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {root, 0});
        while (!stack.isEmpty()) {
            final Object[] frame = stack.peek();
            final Node node = (Node) frame[0];
            final int next = (Integer) frame[1];
            if (next < node.sources.size()) {
                frame[1] = next + 1;
                final SourceDraw draw = node.sources.get(next);
                final String childId = id(draw.getKind(), draw.getRef());
                if (!done.containsKey(childId)) {
                    done.put(childId, Boolean.FALSE);
                    stack.push(new Object[] {nodes.get(childId), 0});
                }
            } else {
                stack.pop();
                done.put(id(node.kind, node.ref), Boolean.TRUE);
                postOrder.add(node);
            }
        }
        final List<Node> order = new ArrayList<>(postOrder);
        java.util.Collections.reverse(order);
        return order;
    }

    private Node load(final SourceKind kind, final String ref) {
        if (nodes.size() >= MAX_NODES) {
            throw Refusal.of(
                    ErrorCode.TRACE_TOO_LARGE,
                    "the trace reaches more than " + MAX_NODES + " records; trace an intermediate invoice instead");
        }
        final Node node;
        switch (kind) {
            case INVOICE -> {
                final Warranty w = ledger.read(Keys.warranty(ref), Warranty.parser())
                        .orElseThrow(() -> Refusal.of(ErrorCode.SOURCE_NOT_FOUND, "no warranty invoice " + ref));
                node = new Node(kind, ref, w.getCaratWeightMilli(), w.getSourcesList());
                node.view.setSellerFirm(w.getSellerFirm()).setBuyerFirm(w.getBuyerFirm());
            }
            case TRANSFORMATION -> {
                final Transformation t = ledger.read(Keys.transformation(ref), Transformation.parser())
                        .orElseThrow(() -> Refusal.of(ErrorCode.SOURCE_NOT_FOUND, "no transformation " + ref));
                node = new Node(kind, ref, t.getInputMilli(), t.getInputsList());
                node.yields = t.getOutputMilli();
                node.view.setSellerFirm(t.getFirm());
            }
            case CERTIFICATE -> {
                final Certificate c = certificate(ref);
                // a re-export continues the chain through the sources its exporting firm drew on
                node = new Node(kind, ref, c.getCaratWeightMilli(), c.getExporterSourcesList());
                node.view
                        .setExportingParticipant(c.getExportingParticipant())
                        .setImportingParticipant(c.getImportingParticipant())
                        .setOrigin(c.getOrigin())
                        .addAllMixedOrigins(c.getMixedOriginsList());
            }
            default -> throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "cannot trace a source of kind " + kind);
        }
        nodes.put(id(kind, ref), node);
        return node;
    }

    /** Forward: every invoice and transformation that drew, directly or not, on a certificate. */
    CertificateUse forward(final String certificateNumber) {
        final Certificate certificate = certificate(certificateNumber);
        final CertificateUse.Builder use = CertificateUse.newBuilder().setCertificateNumber(certificateNumber);
        final Deque<TraceNode> queue = new ArrayDeque<>();
        final Map<String, Boolean> seen = new HashMap<>();
        queue.add(TraceNode.newBuilder()
                .setKind(SourceKind.CERTIFICATE)
                .setRef(certificateNumber)
                .setOrigin(certificate.getOrigin())
                .addAllMixedOrigins(certificate.getMixedOriginsList())
                .setExportingParticipant(certificate.getExportingParticipant())
                .setImportingParticipant(certificate.getImportingParticipant())
                .build());
        seen.put(id(SourceKind.CERTIFICATE, certificateNumber), Boolean.TRUE);
        while (!queue.isEmpty()) {
            final TraceNode node = queue.poll();
            use.addNodes(node);
            final String prefix = Keys.drawsOn(node.getKind(), node.getRef());
            for (final KeyValue kv : ledger.range(prefix, prefix + Keys.END)) {
                final String[] consumer = kv.getKey().substring(prefix.length()).split("~", 2);
                final SourceKind kind = SourceKind.valueOf(consumer[0]);
                if (seen.put(id(kind, consumer[1]), Boolean.TRUE) != null) {
                    continue;
                }
                if (seen.size() > MAX_NODES) {
                    throw Refusal.of(
                            ErrorCode.TRACE_TOO_LARGE,
                            "more than " + MAX_NODES + " records drew on " + certificateNumber
                                    + "; trace from an intermediate invoice instead");
                }
                final TraceNode.Builder next = TraceNode.newBuilder()
                        .setKind(kind)
                        .setRef(consumer[1])
                        .setDepth(node.getDepth() + 1)
                        .setVia(node.getRef())
                        .setDrawnMilli(Long.parseLong(new String(kv.getValue(), StandardCharsets.UTF_8)));
                if (kind == SourceKind.INVOICE) {
                    ledger.read(Keys.warranty(consumer[1]), Warranty.parser())
                            .ifPresent(
                                    w -> next.setSellerFirm(w.getSellerFirm()).setBuyerFirm(w.getBuyerFirm()));
                } else {
                    ledger.read(Keys.transformation(consumer[1]), Transformation.parser())
                            .ifPresent(t -> next.setSellerFirm(t.getFirm()));
                }
                queue.add(next.build());
            }
        }
        return use.setNodesVisited(use.getNodesCount()).build();
    }

    private Certificate certificate(final String number) {
        return ledger.read(Keys.certificate(number), Certificate.parser())
                .orElseThrow(() -> Refusal.of(
                        ErrorCode.CERTIFICATE_NOT_FOUND, "no KP Certificate " + number + " to trace from or through"));
    }
}
