'use strict';
/* Shared by every page: navigation, JSON from the dashboard's endpoints, tables with their CSV, live events. */
const KP = (() => {
  const PAGES = [
    ['index', 'Participants'], ['firms', 'Firms'], ['certificates', 'Certificates'],
    ['trade', 'Trade & Annex III'], ['reports', 'Reports'], ['trace', 'Warranty trace'], ['plenary', 'Plenary'],
    ['check-qr', 'Check a printed Certificate'],
  ];

  async function json(url) {
    const response = await fetch(url);
    const body = await response.json();
    if (!response.ok) {
      throw new Error(body.error || response.statusText);
    }
    return body;
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v !== undefined && v !== null) node.setAttribute(k, v);
    });
    children.flat().forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(c ?? '')));
    return node;
  }

  const carats = (milli) => (Number(milli || 0) / 1000).toFixed(3);
  const usd = (cents) => (Number(cents || 0) / 100).toLocaleString('en-US', { style: 'currency', currency: 'USD' });
  const param = (name) => new URLSearchParams(location.search).get(name) || '';
  const quarter = () => { const d = new Date(); return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`; };
  const certLink = (number) => el('a', { href: `certificate.html?number=${encodeURIComponent(number)}` }, number);
  const status = (s) => el('span', { class: `status-${s || ''}` }, s || '');
  const when = (t) => (t ? t.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '');

  /* A titled table of rows; columns are [label, row => text or node, css class]; csv is the download's URL. */
  function table(container, title, rows, columns, csv) {
    const box = typeof container === 'string' ? document.getElementById(container) : container;
    box.replaceChildren();
    const heading = el('h2', {}, title, el('span', { class: 'count' }, ` (${rows.length})`));
    if (csv) heading.append(el('a', { class: 'csv', href: csv, download: '' }, 'CSV'));
    const head = el('tr', {}, columns.map(([label]) => el('th', {}, label)));
    const body = rows.map((row) => el('tr', {}, columns.map(([, value, css]) => el('td', css ? { class: css } : {}, value(row)))));
    box.append(heading, el('table', {}, el('thead', {}, head), el('tbody', {}, body)));
    return box;
  }

  function fail(container, error) {
    const box = typeof container === 'string' ? document.getElementById(container) : container;
    box.replaceChildren(el('p', { class: 'error' }, String(error.message || error)));
  }

  /* Calls onEvent for each ledger event (the kept ones first), and refresh() a moment after the last one. */
  function live(onEvent, refresh) {
    const badge = el('span', { class: 'live', id: 'live' }, 'connecting');
    document.querySelector('header .who').append(' ', badge);
    const source = new EventSource('/api/events');
    let timer = null;
    source.onopen = () => { badge.textContent = 'live'; badge.classList.add('on'); };
    source.onerror = () => { badge.textContent = 'reconnecting'; badge.classList.remove('on'); };
    source.addEventListener('ledger', (message) => {
      const event = JSON.parse(message.data);
      if (onEvent) onEvent(event);
      if (refresh) { clearTimeout(timer); timer = setTimeout(refresh, 1500); }
    });
  }

  function header() {
    const page = document.body.dataset.page;
    const top = document.getElementById('top');
    top.append(el('strong', {}, 'KPCS ledger'));
    PAGES.forEach(([name, label]) => top.append(el('a', { href: `${name}.html`, class: name === page ? 'here' : '' }, label)));
    const who = el('span', { class: 'who' });
    top.append(who);
    json('/api/org').then((org) => who.prepend(`${org.name || org.org} (${org.mspId}, ${org.kind}) · read-only`))
      .catch((e) => who.prepend(String(e.message)));
  }

  header();
  return { json, el, carats, usd, param, quarter, certLink, status, when, table, fail, live };
})();
