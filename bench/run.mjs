// The benchmark: the widget's embed page against the same chart in Chart.js,
// alternating in one headless Chromium run. Prints medians, the widget/peer
// ratios and the targets. Timings are printed, never asserted (the size
// budget, on bytes, is in the test command).
//
// Usage: node bench/run.mjs [--rounds N]   (bash scripts/bench.sh builds first)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, launch, DEEP_QUERY } from '../tests/browser/harness.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 7;
const slowRounds = Math.max(3, Math.ceil(rounds / 2));
const OPS = 1000;

const dist = await serve(path.join(root, 'dist'));
const peerDist = await serve(path.join(root, 'bench/peer-dist'));
const browser = await launch();

const subjects = {
  widget: {
    url: `${dist.url}/embed.html`,
    canvas: () => window.__kq('canvas.kpop-chart__canvas'),
    toggle: () => window.__kq('.kpop-chart__switch'),
    box: () => document.querySelector('[data-kpop-exports-chart]'),
    wasmBytes: () => window.__kpopWasmBytes?.() ?? 0,
    root: path.join(root, 'dist'),
  },
  peer: {
    url: `${peerDist.url}/peer.html`,
    canvas: () => document.getElementById('peer-canvas'),
    toggle: () => document.getElementById('peer-toggle'),
    box: () => document.querySelector('.peer'),
    wasmBytes: () => 0,
    root: path.join(root, 'bench/peer-dist'),
  },
};

/** In-page helpers: ink detection from document start, frame waits, a pixel hash. */
function PAGE_HELPERS() {
  window.__hash = (c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let h = 2166136261 >>> 0;
    for (let i = 0; i < d.length; i += 16) h = Math.imul(h ^ d[i] ^ (d[i + 1] << 8) ^ (d[i + 2] << 16), 16777619) >>> 0;
    return `${c.width}x${c.height}:${h}`;
  };
  window.__frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
  const start = () => {
    // The static picture of the chart (widget only), shown before the wasm.
    const picture = () => {
      const img = document.querySelector('img.kpop-chart__picture');
      if (img?.complete && img.naturalWidth > 0) window.__firstPicture = performance.now();
      else if (!window.__firstInk) requestAnimationFrame(picture);
    };
    requestAnimationFrame(picture);
    const tick = () => {
      const c = window.__canvas?.();
      if (c && c.width > 0) {
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        for (let i = 0; i < d.length; i += 4) {
          if (d[i + 3] > 0 && (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200)) {
            window.__firstInk = performance.now();
            return;
          }
        }
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  start();
}

async function open(subject, { throttle = false, dpr = 1, width = 1024 } = {}) {
  const s = subjects[subject];
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: dpr });
  await context.addInitScript(DEEP_QUERY);
  await context.addInitScript(`window.__canvas = ${s.canvas.toString()};`);
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
  return page.evaluate(async ({ toggle, canvas }) => {
    const t = eval(`(${toggle})`)();
    const c = eval(`(${canvas})`)();
    await window.__frame();
    const before = window.__hash(c);
    const t0 = performance.now();
    t.click();
    for (;;) {
      const at = await window.__frame();
      if (window.__hash(c) !== before) return at - t0;
      if (at - t0 > 5000) return NaN;
    }
  }, { toggle: s.toggle.toString(), canvas: s.canvas.toString() });
}

/**
 * Time from widening the chart's box to 1600 px until the canvas has been
 * redrawn at the new size: a MutationObserver on the canvas's size fires at
 * the end of the task that resized it, after the drawing in that task (both
 * the widget and Chart.js resize the backing store and draw in one task).
 */
async function resizeTime(subject, page) {
  const s = subjects[subject];
  return page.evaluate(async ({ box, canvas }) => {
    const b = eval(`(${box})`)();
    const c = eval(`(${canvas})`)();
    b.style.width = '800px';
    await window.__frame();
    await window.__frame();
    await window.__frame();
    const before = c.width;
    return new Promise((resolve) => {
      let t0 = 0;
      const mo = new MutationObserver(() => {
        if (c.width !== before) {
          mo.disconnect();
          resolve(performance.now() - t0);
        }
      });
      mo.observe(c, { attributes: true, attributeFilter: ['width', 'height'] });
      setTimeout(() => { mo.disconnect(); resolve(NaN); }, 5000);
      t0 = performance.now();
      b.style.width = '1600px';
    });
  }, { box: s.box.toString(), canvas: s.canvas.toString() });
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

const median = (xs) => {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

const results = { widget: {}, peer: {} };
const push = (subject, key, value) => (results[subject][key] ??= []).push(value);

for (let round = 0; round < rounds; round++) {
  for (const subject of round % 2 ? ['peer', 'widget'] : ['widget', 'peer']) {
    const { context, page, firstInk, firstPicture, loaded } = await open(subject);
    push(subject, 'firstInk', firstInk);
    // The first picture is the static SVG where there is one, else the canvas.
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
  for (const subject of round % 2 ? ['peer', 'widget'] : ['widget', 'peer']) {
    const { context, firstInk, firstPicture } = await open(subject, { throttle: true });
    push(subject, 'slow4g', firstInk);
    push(subject, 'slow4gPicture', Number.isFinite(firstPicture) ? Math.min(firstPicture, firstInk) : firstInk);
    await context.close();
  }
  process.stderr.write(`slow 4G round ${round + 1}/${slowRounds} done\n`);
}
for (const subject of ['widget', 'peer']) results[subject].memory = await memoryGrowth(subject);

await browser.close();
await dist.close();
await peerDist.close();

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const w = results.widget; const p = results.peer;
const rows = [
  ['bytes loaded, raw', w.bytes.raw, p.bytes.raw, kb],
  ['bytes loaded, gzip', w.bytes.gz, p.bytes.gz, kb],
  ['bytes loaded, brotli', w.bytes.br, p.bytes.br, kb],
  ['first chart pixels on the canvas (localhost)', median(w.firstInk), median(p.firstInk), ms],
  ['first chart pixels on the canvas (slow 4G, cold cache)', median(w.slow4g), median(p.slow4g), ms],
  ['first picture of the chart, static SVG or canvas (localhost)', median(w.firstPicture), median(p.firstPicture), ms],
  ['first picture of the chart, static SVG or canvas (slow 4G)', median(w.slow4gPicture), median(p.slow4gPicture), ms],
  ['toggle to changed frame', median(w.toggle), median(p.toggle), ms],
  ['resize to 1600 px at DPR 2, until redrawn at the new size', median(w.resize), median(p.resize), ms],
  [`heap + wasm growth, ${OPS} toggles + ${OPS} resizes`, w.memory, p.memory, kb],
];
console.log(`\nBenchmark: widget (dist/embed.html) vs Chart.js 4.6.1 + chartjs-plugin-annotation 3.1.0 (esbuild, minified)`);
console.log(`${rounds} alternating rounds on localhost, ${slowRounds} on slow 4G; medians. ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${os.platform()} ${os.release()}\n`);
console.log('| measure | widget | peer | widget/peer |');
console.log('|---|---|---|---|');
for (const [name, a, b, f] of rows) {
  const ratio = b ? (a / b).toFixed(2) : '—';
  console.log(`| ${name} | ${f(a)} | ${f(b)} | ${ratio} |`);
}
const target = (ok, text) => console.log(`${ok ? 'MET    ' : 'NOT MET'} ${text}`);
console.log('\nTargets (reported, not asserted):');
target(w.bytes.gz <= 64 * 1024, `embed page total ≤ 64 KB gzip: ${kb(w.bytes.gz)}`);
target(median(w.firstPicture) <= median(p.firstPicture), `first chart pixels (static picture or canvas) no later than the peer on localhost: ${ms(median(w.firstPicture))} vs ${ms(median(p.firstPicture))}`);
target(median(w.slow4gPicture) <= median(p.slow4gPicture), `first chart pixels (static picture or canvas) no later than the peer on slow 4G: ${ms(median(w.slow4gPicture))} vs ${ms(median(p.slow4gPicture))}`);
target(median(w.firstInk) <= median(p.firstInk), `first interactive canvas pixels no later than the peer on localhost: ${ms(median(w.firstInk))} vs ${ms(median(p.firstInk))}`);
target(median(w.slow4g) <= median(p.slow4g), `first interactive canvas pixels no later than the peer on slow 4G: ${ms(median(w.slow4g))} vs ${ms(median(p.slow4g))}`);
target(median(w.toggle) <= 16.7, `toggle redraw within one frame (16.7 ms): ${ms(median(w.toggle))}`);
target(median(w.resize) <= 16.7, `resize redraw within one frame at DPR 2: ${ms(median(w.resize))}`);
target(Math.abs(w.memory) < 1024 * 1024, `memory growth under 1 MB: ${kb(w.memory)}`);
console.log(`\nWidget files loaded: ${w.bytes.files.join(', ')}`);
console.log(`Peer files loaded: ${p.bytes.files.join(', ')}`);
