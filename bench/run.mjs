// The benchmark: the widget's embed page against the same chart in Chart.js
// and in Highcharts, alternating in one headless Chromium run. Prints
// medians, the widget/peer ratios, the bytes a page with the widget below
// the fold loads before the reader scrolls, and the targets. Timings are printed, never asserted (the size
// budget, on bytes, is in the test command).
//
// Usage: node bench/run.mjs [--rounds N] [--dist DIR]   (bash scripts/bench.sh
// builds first; --dist measures another build of the widget, an experiment's
// or an earlier commit's)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, launch, DEEP_QUERY } from '../tests/browser/harness.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 7;
const slowRounds = Math.max(3, Math.ceil(rounds / 2));
const OPS = 1000;

// CORS open: the below-the-fold page embeds the script from another origin.
const widgetDist = path.resolve(root, process.argv.includes('--dist') ? process.argv[process.argv.indexOf('--dist') + 1] : 'dist');
const dist = await serve(widgetDist, { 'access-control-allow-origin': '*' });
const peerDist = await serve(path.join(root, 'bench/peer-dist'));
const browser = await launch();

// `surface` finds what the subject draws on (a canvas, or Highcharts' SVG);
// `box` is the element whose width the resize test changes.
const subjects = {
  widget: {
    name: 'widget',
    url: `${dist.url}/embed.html`,
    surface: () => window.__kq('canvas.kpop-chart__canvas'),
    toggle: () => window.__kq('.kpop-chart__switch'),
    box: () => document.querySelector('[data-kpop-exports-chart]'),
    wasmBytes: () => window.__kpopWasmBytes?.() ?? 0,
    root: widgetDist,
  },
  chartjs: {
    name: 'Chart.js 4.6.1 + chartjs-plugin-annotation 3.1.0',
    url: `${peerDist.url}/peer.html`,
    surface: () => document.getElementById('peer-canvas'),
    toggle: () => document.getElementById('peer-toggle'),
    box: () => document.querySelector('.peer'),
    wasmBytes: () => 0,
    root: path.join(root, 'bench/peer-dist'),
  },
  highcharts: {
    name: 'Highcharts 13.1.1 + accessibility + annotations',
    url: `${peerDist.url}/highcharts.html`,
    surface: () => document.querySelector('#peer-chart svg.highcharts-root'),
    toggle: () => document.getElementById('peer-toggle'),
    box: () => document.querySelector('.peer'),
    wasmBytes: () => 0,
    root: path.join(root, 'bench/peer-dist'),
  },
};
const SUBJECTS = Object.keys(subjects);
const PEERS = ['chartjs', 'highcharts'];

/**
 * In-page helpers: ink detection from document start, frame waits, and a
 * hash of what the surface shows (pixels of a canvas, markup of an SVG).
 */
function PAGE_HELPERS() {
  window.__hash = (c) => {
    if (!(c instanceof HTMLCanvasElement)) {
      const text = c.outerHTML;
      let h = 2166136261 >>> 0;
      for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
      return `svg:${h}`;
    }
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let h = 2166136261 >>> 0;
    for (let i = 0; i < d.length; i += 16) h = Math.imul(h ^ d[i] ^ (d[i + 1] << 8) ^ (d[i + 2] << 16), 16777619) >>> 0;
    return `${c.width}x${c.height}:${h}`;
  };
  window.__frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
  const inked = (c) => {
    if (!c) return false;
    if (!(c instanceof HTMLCanvasElement)) {
      // Highcharts: the first column drawn with a height.
      const bar = c.querySelector('.highcharts-point');
      return !!bar && bar.getBoundingClientRect().height > 0;
    }
    if (c.width === 0) return false;
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    for (let i = 0; i < d.length; i += 4) {
      if (d[i + 3] > 0 && (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200)) return true;
    }
    return false;
  };
  // The static picture of the chart (widget only), shown before the wasm.
  const picture = () => {
    // Inline SVG: shown from the first frame it is laid out in (a rAF
    // callback runs just before that frame paints).
    const shown = [...document.querySelectorAll('.kpop-chart__picture')].some((p) => p.getBoundingClientRect().width > 0);
    if (shown) window.__firstPicture = performance.now();
    else if (!window.__firstInk) requestAnimationFrame(picture);
  };
  requestAnimationFrame(picture);
  const tick = () => {
    if (inked(window.__surface?.())) window.__firstInk = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function open(subject, { throttle = false, dpr = 1, width = 1024 } = {}) {
  const s = subjects[subject];
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: dpr });
  await context.addInitScript(DEEP_QUERY);
  await context.addInitScript(`window.__surface = ${s.surface.toString()};`);
  await context.addInitScript(PAGE_HELPERS);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const loaded = [];
  page.on('response', (r) => loaded.push(new URL(r.url()).pathname));
  if (throttle) {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    // Lighthouse's "slow 4G": 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
    });
  }
  await page.goto(s.url);
  await page.waitForFunction(() => window.__firstInk, null, { timeout: 60000 });
  const { firstInk, firstPicture } = await page.evaluate(() => ({ firstInk: window.__firstInk, firstPicture: window.__firstPicture ?? NaN }));
  return { context, page, cdp, firstInk, firstPicture, loaded };
}

/** Time from a click on the toggle to the first frame whose pixels differ. */
async function toggleTime(subject, page) {
  const s = subjects[subject];
  return page.evaluate(async ({ toggle, surface }) => {
    const t = eval(`(${toggle})`)();
    const c = eval(`(${surface})`)();
    await window.__frame();
    const before = window.__hash(c);
    const t0 = performance.now();
    t.click();
    for (;;) {
      const at = await window.__frame();
      if (window.__hash(c) !== before) return at - t0;
      if (at - t0 > 5000) return NaN;
    }
  }, { toggle: s.toggle.toString(), surface: s.surface.toString() });
}

/**
 * Time from widening the chart's box to 1600 px until the surface has been
 * redrawn at the new size: a MutationObserver on the surface's size fires at
 * the end of the task that resized it, after the drawing in that task (the
 * widget and Chart.js resize the canvas's backing store and draw in one
 * task; Highcharts sets its SVG's width as it redraws).
 */
async function resizeTime(subject, page) {
  const s = subjects[subject];
  return page.evaluate(async ({ box, surface }) => {
    const b = eval(`(${box})`)();
    const c = eval(`(${surface})`)();
    const width = () => c.getAttribute('width');
    b.style.width = '800px';
    await window.__frame();
    await window.__frame();
    await window.__frame();
    const before = width();
    return new Promise((resolve) => {
      let t0 = 0;
      const mo = new MutationObserver(() => {
        if (width() !== before) {
          mo.disconnect();
          resolve(performance.now() - t0);
        }
      });
      mo.observe(c, { attributes: true, attributeFilter: ['width', 'height'] });
      setTimeout(() => { mo.disconnect(); resolve(NaN); }, 5000);
      t0 = performance.now();
      b.style.width = '1600px';
    });
  }, { box: s.box.toString(), surface: s.surface.toString() });
}

async function heap(cdp, page, subject) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(subjects[subject].wasmBytes);
  return usedSize + wasm;
}

/** JS heap plus wasm memory growth over 1,000 toggles and 1,000 resizes. */
async function memoryGrowth(subject) {
  const s = subjects[subject];
  const { context, page, cdp } = await open(subject);
  const before = await heap(cdp, page, subject);
  await page.evaluate(async ({ toggle, box, n }) => {
    const t = eval(`(${toggle})`)();
    const b = eval(`(${box})`)();
    for (let i = 0; i < n; i++) {
      t.click();
      if (i % 50 === 0) await window.__frame();
    }
    for (let i = 0; i < n; i++) {
      b.style.width = `${600 + (i % 2) * 400}px`;
      await window.__frame();
    }
  }, { toggle: s.toggle.toString(), box: s.box.toString(), n: OPS });
  const after = await heap(cdp, page, subject);
  await context.close();
  return after - before;
}

/** Bytes of everything the page loaded: raw, gzip (level 9) and brotli (quality 11). */
function bytes(subject, loaded) {
  const s = subjects[subject];
  const files = [...new Set(loaded)].map((p) => path.join(s.root, p === '/' ? 'index.html' : decodeURIComponent(p)));
  let raw = 0; let gz = 0; let br = 0;
  for (const f of files) {
    if (!fs.existsSync(f) || fs.statSync(f).isDirectory()) continue;
    const b = fs.readFileSync(f);
    raw += b.length;
    gz += zlib.gzipSync(b, { level: 9 }).length;
    br += zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { raw, gz, br, files: files.map((f) => path.relative(s.root, f)) };
}


/**
 * A news page with the script-tag widget three screens down: the bytes (gzip)
 * of the chart's files it loads before the reader scrolls, and after the
 * reader scrolls to the chart and it draws.
 */
async function belowTheFold() {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  await context.addInitScript(DEEP_QUERY);
  await context.addInitScript(`window.__surface = ${subjects.widget.surface.toString()};`);
  await context.addInitScript(PAGE_HELPERS);
  const page = await context.newPage();
  const loaded = [];
  page.on('response', (r) => { if (r.url().startsWith(dist.url)) loaded.push(new URL(r.url()).pathname); });
  // The article comes from its own local server (another origin): Chromium
  // won't let a page it thinks public load scripts from 127.0.0.1.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpop-article-'));
  fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html><body><h1>Article</h1><div style="height:2700px">Text.</div>
<div data-kpop-exports-chart data-lang="en"><img src="${dist.url}/fallback-en.svg" alt="Bar chart" width="640" height="400"></div>
<script type="module" src="${dist.url}/kpop-chart.js"></script></body></html>`);
  const site = await serve(dir);
  const article = `${site.url.replace('127.0.0.1', 'localhost')}/index.html`;
  await page.goto(article, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  const before = bytes('widget', loaded);
  await page.evaluate(() => window.scrollTo(0, 2400));
  await page.waitForFunction(() => window.__firstInk, null, { timeout: 60000 });
  const after = bytes('widget', loaded);
  await context.close();
  await site.close();
  fs.rmSync(dir, { recursive: true });
  return { before, after };
}

const median = (xs) => {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

const results = Object.fromEntries(SUBJECTS.map((k) => [k, {}]));
const push = (subject, key, value) => (results[subject][key] ??= []).push(value);
/** Each round visits the subjects in a rotated order. */
const order = (round) => SUBJECTS.map((_, i) => SUBJECTS[(i + round) % SUBJECTS.length]);

for (let round = 0; round < rounds; round++) {
  for (const subject of order(round)) {
    const { context, page, firstInk, firstPicture, loaded } = await open(subject);
    push(subject, 'firstInk', firstInk);
    // The first picture is the static SVG where there is one, else the chart.
    push(subject, 'firstPicture', Number.isFinite(firstPicture) ? Math.min(firstPicture, firstInk) : firstInk);
    results[subject].bytes = bytes(subject, loaded);
    push(subject, 'toggle', await toggleTime(subject, page));
    await context.close();
    const hi = await open(subject, { dpr: 2, width: 1700 });
    push(subject, 'resize', await resizeTime(subject, hi.page));
    await hi.context.close();
  }
  process.stderr.write(`round ${round + 1}/${rounds} done\n`);
}
for (let round = 0; round < slowRounds; round++) {
  for (const subject of order(round)) {
    const { context, firstInk, firstPicture } = await open(subject, { throttle: true });
    push(subject, 'slow4g', firstInk);
    push(subject, 'slow4gPicture', Number.isFinite(firstPicture) ? Math.min(firstPicture, firstInk) : firstInk);
    await context.close();
  }
  process.stderr.write(`slow 4G round ${round + 1}/${slowRounds} done\n`);
}
for (const subject of SUBJECTS) results[subject].memory = await memoryGrowth(subject);
const fold = await belowTheFold();

await browser.close();
await dist.close();
await peerDist.close();

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const measures = [
  ['bytes loaded, raw', (r) => r.bytes.raw, kb],
  ['bytes loaded, gzip', (r) => r.bytes.gz, kb],
  ['bytes loaded, brotli', (r) => r.bytes.br, kb],
  ['first chart pixels, canvas or SVG (localhost)', (r) => median(r.firstInk), ms],
  ['first chart pixels, canvas or SVG (slow 4G, cold cache)', (r) => median(r.slow4g), ms],
  ['first picture of the chart, static SVG or chart (localhost)', (r) => median(r.firstPicture), ms],
  ['first picture of the chart, static SVG or chart (slow 4G)', (r) => median(r.slow4gPicture), ms],
  ['toggle to changed frame', (r) => median(r.toggle), ms],
  ['resize to 1600 px at DPR 2, until redrawn at the new size', (r) => median(r.resize), ms],
  [`heap + wasm growth, ${OPS} toggles + ${OPS} resizes`, (r) => r.memory, kb],
];
console.log(`\nBenchmark: widget (dist/embed.html) vs ${subjects.chartjs.name} and ${subjects.highcharts.name} (each bundled and minified by esbuild)`);
console.log(`${rounds} rotating rounds on localhost, ${slowRounds} on slow 4G; medians. ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${os.platform()} ${os.release()}\n`);
console.log('| measure | widget | Chart.js | Highcharts | widget/Chart.js | widget/Highcharts |');
console.log('|---|---|---|---|---|---|');
for (const [name, get, f] of measures) {
  const [w, c, h] = SUBJECTS.map((k) => get(results[k]));
  const ratio = (peer) => (peer ? (w / peer).toFixed(2) : '—');
  console.log(`| ${name} | ${f(w)} | ${f(c)} | ${f(h)} | ${ratio(c)} | ${ratio(h)} |`);
}
console.log(`| widget below the fold: loaded before the reader scrolls, gzip | ${kb(fold.before.gz)} | | | | |`);
console.log(`| widget below the fold: loaded once scrolled to and drawn, gzip | ${kb(fold.after.gz)} | | | | |`);

const w = results.widget;
const c = results.chartjs;
const target = (ok, text) => console.log(`${ok ? 'MET    ' : 'NOT MET'} ${text}`);
console.log('\nTargets (reported, not asserted):');
target(w.bytes.gz <= 100 * 1024, `everything the embed page loads ≤ 100 KB gzip: ${kb(w.bytes.gz)}`);
target(w.bytes.gz <= 80 * 1024, `stretch: ≤ 80 KB gzip: ${kb(w.bytes.gz)}`);
target(median(w.firstInk) <= median(c.firstInk), `first interactive canvas pixels no later than Chart.js on localhost: ${ms(median(w.firstInk))} vs ${ms(median(c.firstInk))}`);
target(median(w.slow4g) <= 1.2 * median(c.slow4g), `first interactive canvas pixels at most 1.2x Chart.js on slow 4G: ${ms(median(w.slow4g))} vs ${ms(median(c.slow4g))} (${(median(w.slow4g) / median(c.slow4g)).toFixed(2)}x)`);
target(fold.before.gz <= 12 * 1024, `a chart below the fold loads ≤ 12 KB gzip before the reader nears it: ${kb(fold.before.gz)} (${fold.before.files.join(', ')})`);
target(median(w.toggle) <= 16.7, `toggle redraw within one frame (16.7 ms): ${ms(median(w.toggle))}`);
target(median(w.resize) <= 16.7, `resize redraw within one frame at DPR 2: ${ms(median(w.resize))}`);
target(Math.abs(w.memory) < 1024 * 1024, `memory growth under 1 MB: ${kb(w.memory)}`);
for (const k of SUBJECTS) console.log(`\n${k} files loaded: ${results[k].bytes.files.join(', ')}`);
