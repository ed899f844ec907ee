// Lighthouse (mobile preset: a mid-range phone on slow 4G, simulated) on the
// widget's embed page and on both peers, each served brotli-compressed with
// long caching as a CDN would. Prints first contentful paint, time to
// interactive and total blocking time (medians), and the bytes each page
// moved over the network before it became interactive. Figures are printed,
// never asserted: wall-clock times are no test's business.
//
// Usage: node bench/lighthouse.mjs [--runs N] [--dist DIR] [--only widget]
// (bash scripts/bench.sh builds the pages and installs Lighthouse into
// bench/lighthouse/ first). --dist audits another build of the widget (an
// experiment's); --only names the pages to audit, comma-separated.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
// Lighthouse lives in its own folder so the test command never installs it.
const require = createRequire(path.join(root, 'bench/lighthouse/package.json'));
const lighthouse = (await import(require.resolve('lighthouse'))).default;
const chromeLauncher = await import(require.resolve('chrome-launcher'));
const flag = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const runs = Number(flag('--runs')) || 3;
const widgetDist = path.resolve(root, flag('--dist') ?? 'dist');
const only = flag('--only')?.split(',');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};

/**
 * Serves `dir` as a CDN does: brotli when the browser asks for it (the
 * build's own `.br` copy where there is one, else compressed once here),
 * cached for a year, over HTTP/1.1 on localhost.
 */
function cdn(dir) {
  const cache = new Map();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) return res.writeHead(403).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) return res.writeHead(404).end('not found');
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const br = /\bbr\b/.test(req.headers['accept-encoding'] ?? '') && type !== 'application/octet-stream';
    let body = fs.readFileSync(file);
    if (br) {
      if (!cache.has(file)) {
        cache.set(file, fs.existsSync(`${file}.br`) ? fs.readFileSync(`${file}.br`) : zlib.brotliCompressSync(body));
      }
      body = cache.get(file);
    }
    res.writeHead(200, {
      'content-type': type,
      'cache-control': 'public, max-age=31536000',
      ...(br ? { 'content-encoding': 'br' } : {}),
    });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((r) => server.close(r)),
  })));
}

/** The gzip size of the file `pathname` names under `dir` (the budget's measure). */
function gzipSize(dir, pathname) {
  const file = path.join(dir, decodeURIComponent(pathname));
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) return 0;
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** One Lighthouse run of `url`: the three timings and the bytes before interactive. */
async function audit(port, url, dir) {
  const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const ms = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const tti = ms('interactive');
  // The network requests the page made, with their transfer sizes and when
  // they ended (observed, on the unthrottled localhost load); the simulated
  // time to interactive maps onto that load's own interactive moment.
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const observedTti = lhr.audits.metrics?.details?.items?.[0]?.observedInteractive ?? Infinity;
  const before = requests.filter((r) => (r.networkEndTime ?? r.endTime ?? Infinity) <= observedTti);
  return {
    fcp: ms('first-contentful-paint'),
    tti,
    tbt: ms('total-blocking-time'),
    bytes: before.reduce((n, r) => n + (r.transferSize ?? 0), 0),
    gzip: before.reduce((n, r) => n + gzipSize(dir, new URL(r.url).pathname), 0),
    requests: before.map((r) => new URL(r.url).pathname),
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

for (const file of [path.join(widgetDist, 'embed.html'), 'bench/peer-dist/peer.html', 'bench/peer-dist/highcharts.html']) {
  if (!fs.existsSync(path.resolve(root, file))) {
    console.error(`lighthouse: ${file} is missing; build it first (bash scripts/bench.sh does)`);
    process.exit(1);
  }
}
const widget = await cdn(widgetDist);
const peers = await cdn(path.join(root, 'bench/peer-dist'));
const pages = [
  ['widget', `${widget.url}/embed.html`, widgetDist],
  ['Chart.js', `${peers.url}/peer.html`, path.join(root, 'bench/peer-dist')],
  ['Highcharts', `${peers.url}/highcharts.html`, path.join(root, 'bench/peer-dist')],
].filter(([name]) => !only || only.includes(name));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
const results = {};
try {
  // Rotating order, so no page always runs first on a cold machine.
  for (let run = 0; run < runs; run++) {
    for (let i = 0; i < pages.length; i++) {
      const [name, url, dir] = pages[(i + run) % pages.length];
      (results[name] ??= []).push(await audit(chrome.port, url, dir));
    }
  }
} finally {
  await chrome.kill();
  await widget.close();
  await peers.close();
}

const s = (v) => `${(v / 1000).toFixed(2)} s`;
console.log(`\nLighthouse ${require('lighthouse/package.json').version}, mobile preset (simulated slow 4G, 4x CPU slowdown), each page served brotli-compressed; medians of ${runs} runs\n`);
console.log('| page | first contentful paint | time to interactive | total blocking time | before interactive: brotli, as sent | the same files, gzip |');
console.log('|---|---|---|---|---|---|');
for (const [name] of pages) {
  const r = results[name];
  const m = (k) => median(r.map((x) => x[k]));
  console.log(`| ${name} | ${s(m('fcp'))} | ${s(m('tti'))} | ${m('tbt').toFixed(0)} ms | ${(m('bytes') / 1024).toFixed(1)} KB | ${(m('gzip') / 1024).toFixed(1)} KB |`);
}
const w = results.widget;
const c = results['Chart.js'];
const met = (ok, text) => console.log(`${ok ? 'MET    ' : 'NOT MET'} ${text}`);
if (w && c) {
  console.log('\nTargets (reported, not asserted):');
  met(median(w.map((x) => x.fcp)) <= median(c.map((x) => x.fcp)), 'first contentful paint no later than the Chart.js peer\'s');
  met(median(w.map((x) => x.gzip)) <= 100 * 1024, 'at most 100 KB gzip loaded before the chart is interactive');
}
if (w) console.log(`\nwidget requests before interactive: ${w[0].requests.join(', ')}`);
console.log('\nfirst contentful paint, each run (ms):');
for (const [name] of pages) console.log(`  ${name}: ${results[name].map((x) => Math.round(x.fcp)).join(', ')}`);
