// Headless Chromium opens nergraph's HTML export: the graph draws, a
// scripted search and click show the evidence of a relation, hostile text
// stays text, and the page requests nothing. Run by tests/consumers/run:
//   NERGRAPH=... PLAYWRIGHT_CORE=.../node_modules/playwright-core CHROMIUM=/usr/bin/chromium \
//   CONSUMERS_TMP=... [SCREENSHOT=docs/html-view.png] node --test tests/consumers/html.test.cjs
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const { chromium } = require(process.env.PLAYWRIGHT_CORE);
const ROOT = path.resolve(__dirname, '..', '..');
const BIN = process.env.NERGRAPH || path.join(ROOT, 'target', 'debug', 'nergraph');
const TMP = process.env.CONSUMERS_TMP || fs.mkdtempSync('/tmp/nergraph-html-');
const SUMMIT = path.join(ROOT, 'examples', 'summit.txt');

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
});
after(async () => { if (browser) { await browser.close(); } });

function extract(name, args) {
  const html = path.join(TMP, name + '.html');
  const json = path.join(TMP, name + '.html.json');
  execFileSync(BIN, ['extract', ...args, '--format', 'html', '-o', html]);
  execFileSync(BIN, ['extract', ...args, '-o', json]);
  return { html, graph: JSON.parse(fs.readFileSync(json, 'utf8')) };
}

// Opens the page, failing on script errors, dialogs and any request that
// is not the file itself.
async function open(file) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push('page error: ' + e));
  page.on('console', (m) => { if (m.type() === 'error') { problems.push('console: ' + m.text()); } });
  page.on('dialog', (d) => { problems.push('dialog: ' + d.message()); d.dismiss(); });
  page.on('request', (r) => { if (r.url() !== pathToFileURL(file).href) { problems.push('request: ' + r.url()); } });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
  return { page, problems };
}

// Clicks the middle of edge i's line, as a person would.
async function clickEdge(page, i) {
  const pt = await page.$eval(`#graph g.edge[data-index="${i}"] path.hit`, (p) => {
    const q = p.getPointAtLength(p.getTotalLength() / 2);
    const m = p.getScreenCTM();
    return { x: q.x * m.a + q.y * m.c + m.e, y: q.x * m.b + q.y * m.d + m.f };
  });
  await page.mouse.click(pt.x, pt.y);
}

async function evidenceShown(page) {
  return page.$$eval('#details ol.evidence li', (lis) => lis.map((li) => li.lastChild.textContent));
}

test('the summit graph draws, and search and click show evidence', async () => {
  const { html, graph } = extract('summit', [SUMMIT]);
  const { page, problems } = await open(html);
  assert.equal(await page.locator('#graph g.node').count(), graph.nodes.length);
  assert.equal(await page.locator('#graph g.edge').count(), graph.edges.length);
  // Nodes are laid out inside the picture, not on top of each other.
  const boxes = await page.$$eval('#graph g.node circle', (cs) => cs.map((c) => c.getBoundingClientRect()).map((r) => [Math.round(r.x), Math.round(r.y)]));
  assert.equal(new Set(boxes.map(String)).size, boxes.length);

  // Search, Enter selects the best match.
  await page.fill('#search', 'putin');
  await page.press('#search', 'Enter');
  assert.equal(await page.textContent('#details h2'), 'Vladimir Putin');
  assert.equal(await page.locator('#results button').first().getAttribute('data-id'), 'person:vladimir-putin');

  // Click an SVG edge: Putin praised China.
  const i = graph.edges.findIndex((e) => e.source === 'person:vladimir-putin' && e.label === 'praise');
  assert.ok(i >= 0, 'summit has Putin praising someone');
  await clickEdge(page, i);
  assert.equal(await page.getAttribute('body', 'data-selected'), 'edge:' + i);
  assert.deepEqual(await evidenceShown(page), graph.edges[i].evidence.map((e) => e.text));

  // Back to the node, then a relation in its list.
  await page.click('#details button.relation >> nth=0');
  assert.equal(await page.textContent('#details h2'), 'Vladimir Putin');
  const j = Number(await page.locator('#details button.relation').first().getAttribute('data-edge'));
  await page.locator('#details button.relation').first().click();
  assert.deepEqual(await evidenceShown(page), graph.edges[j].evidence.map((e) => e.text));

  // The picture for the docs: Putin found by search, his relations and
  // their evidence in the side panel.
  await page.fill('#search', 'putin');
  await page.press('#search', 'Enter');
  await page.screenshot({ path: process.env.SCREENSHOT || path.join(TMP, 'html-view.png') });

  // Filters hide by relation kind and by entity type.
  const cooc = graph.edges.filter((e) => e.kind === 'cooccurrence').length;
  await page.uncheck('#kinds input[data-filter="cooccurrence"]');
  assert.equal(await page.locator('#graph g.edge.hidden').count(), cooc);
  await page.check('#kinds input[data-filter="cooccurrence"]');
  const people = graph.nodes.filter((n) => n.type === 'person').length;
  await page.uncheck('#types input[data-filter="person"]');
  assert.equal(await page.locator('#graph g.node.hidden').count(), people);
  assert.deepEqual(problems, []);
  await page.close();
});

test('hostile names and evidence stay text', async () => {
  const gaz = path.join(TMP, 'hostile-html.tsv');
  fs.writeFileSync(gaz, 'id\ttype\tname\taliases\n' +
    'organization:q\torganization\tQuote "Co" </script><img src=x onerror=alert(1)> ]]> & \u2028\tQuoteco\n' +
    'organization:r\torganization\t=HYPERLINK("x") Restco\tRestco\n');
  const article = path.join(TMP, 'hostile-html.txt');
  const sentence = 'Quoteco praised Restco with </script><script>alert(2)</script> <b>bold</b> & \u2028 \\u003c.';
  fs.writeFileSync(article, sentence + '\n');
  const { html, graph } = extract('hostile-html', [article, '-g', gaz]);
  const raw = fs.readFileSync(html, 'utf8');
  assert.equal(raw.match(/<\/script>/g).length, 2, 'only the two script elements close');
  const { page, problems } = await open(html);
  assert.equal(await page.locator('img, b').count(), 0);
  assert.equal(await page.locator('script').count(), 2);
  assert.ok(await page.evaluate(() => window.nergraph.selectNode('organization:q')));
  assert.equal(await page.textContent('#details h2'), graph.nodes.find((n) => n.id === 'organization:q').name);
  const i = graph.edges.findIndex((e) => e.label === 'praise');
  await clickEdge(page, i);
  assert.deepEqual(await evidenceShown(page), [sentence]);
  assert.equal(await page.locator('img, b').count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});
