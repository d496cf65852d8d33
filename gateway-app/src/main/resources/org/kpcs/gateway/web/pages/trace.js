'use strict';
/* A warranty trace as a graph: the invoice, through invoices and transformations, to Certificates and origins. */
const form = document.getElementById('trace-form');
const chart = echarts.init(document.getElementById('graph'));
const COLOURS = { INVOICE: '#2f6db3', TRANSFORMATION: '#8e44ad', CERTIFICATE: '#18794e', ORIGIN: '#d68910' };

function draw(trace) {
  const nodes = trace.nodes || [];
  const byDepth = {};
  const data = [];
  const edges = [];
  const place = (id, kind, depth, label) => {
    if (data.some((d) => d.id === id)) return;
    byDepth[depth] = (byDepth[depth] || 0) + 1;
    data.push({ id, name: label, x: depth * 220, y: byDepth[depth] * 90, itemStyle: { color: COLOURS[kind] }, symbolSize: kind === 'ORIGIN' ? 34 : 22 });
  };
  const maxDepth = Math.max(0, ...nodes.map((n) => n.depth || 0));
  nodes.forEach((n) => {
    place(`${n.kind}:${n.ref}`, n.kind, n.depth || 0, `${n.kind.toLowerCase()} ${n.ref}\n${KP.carats(n.contributesMilli)} ct`);
    if (n.via) {
      const parent = nodes.find((p) => p.ref === n.via && (p.depth || 0) === (n.depth || 0) - 1) || { kind: trace.rootKind, ref: n.via };
      edges.push({ source: `${parent.kind}:${parent.ref}`, target: `${n.kind}:${n.ref}`, label: { show: true, formatter: `${KP.carats(n.drawnMilli)} ct` } });
    }
    if (n.kind === 'CERTIFICATE') {
      (n.origin === 'MIXED' ? n.mixedOrigins || [] : [n.origin]).forEach((o) => {
        place(`ORIGIN:${o}`, 'ORIGIN', maxDepth + 1, o);
        edges.push({ source: `${n.kind}:${n.ref}`, target: `ORIGIN:${o}` });
      });
    }
  });
  chart.setOption({
    animation: false, tooltip: {},
    series: [{
      type: 'graph', layout: 'none', roam: true, data, links: edges, edgeSymbol: ['none', 'arrow'],
      label: { show: true, position: "bottom", lineHeight: 16 }, lineStyle: { width: 2, curveness: 0.1 },
    }],
  }, true);
}

async function load() {
  const data = new FormData(form);
  const invoice = data.get('invoice');
  if (!invoice) return;
  const url = `/api/trace/${encodeURIComponent(invoice)}?kind=${data.get('kind')}`;
  try {
    const trace = await KP.json(url);
    draw(trace);
    KP.table('origins', `Origins of ${trace.root} (${KP.carats(trace.rootMilli)} ct)`, trace.origins || [], [
      ['Origin', (o) => [o.origin, ...(o.mixedOrigins || [])].join(' ')],
      ['Certificate', (o) => KP.certLink(o.certificateNumber)],
      ['Carats', (o) => KP.carats(o.contributesMilli), 'num'],
    ], `${url}&csv=origins`);
    KP.table('nodes', 'Every step', trace.nodes || [], [
      ['Depth', (n) => String(n.depth || 0), 'num'], ['Kind', (n) => n.kind], ['Ref', (n) => (n.kind === 'CERTIFICATE' ? KP.certLink(n.ref) : n.ref)],
      ['Via', (n) => n.via || ''], ['Seller', (n) => n.sellerFirm || ''], ['Buyer', (n) => n.buyerFirm || ''],
      ['Drawn ct', (n) => KP.carats(n.drawnMilli), 'num'], ['Contributes ct', (n) => KP.carats(n.contributesMilli), 'num'],
    ], `${url}&csv=nodes`);
  } catch (e) {
    KP.fail('origins', e);
  }
}

form.elements.invoice.value = KP.param('invoice');
if (KP.param('kind')) form.elements.kind.value = KP.param('kind');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  history.replaceState(null, '', `?invoice=${encodeURIComponent(form.elements.invoice.value)}&kind=${form.elements.kind.value}`);
  load();
});
load();
KP.live(null, null);
