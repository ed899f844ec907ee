// Shared helpers for the browser tests: a static server for the release
// build in dist/ that puts a recorder of host-page errors in every page it
// serves, the engine this run drives (engines.mjs), and the one way the
// tests open a chart's page (openChart) and read what it shows.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { INIT_SCRIPTS, OPEN_PAGES } from './webdriver.mjs';

export { launch, ENGINE, onlyIn } from './engines.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * What every page's recorder reported, in this test process: `error` and
 * `unhandledrejection` events on `window` (what a host page's error monitor
 * sees) and `console.error` calls, each with the frame's address.
 */
export const REPORTS = [];

/**
 * The recorder, the first script of every page and frame a test server
 * serves (in `<head>`, before the page's own scripts): it keeps the native
 * functions it needs before any page script can replace them, and reports
 * each event at once with a synchronous request, so a report can't be lost
 * to a page that closes or navigates.
 */
function RECORDER() {
  if (window.__kpopRecorder) return;
  window.__kpopRecorder = true;
  const XHR = XMLHttpRequest;
  const { open, send } = XHR.prototype;
  const stringify = JSON.stringify;
  const report = (kind, message) => {
    try {
      const x = new XHR();
      open.call(x, 'POST', '/__report', false);
      send.call(x, stringify({ kind, message: String(message), url: location.href }));
    } catch { /* a page that blocks its own requests can't report */ }
  };
  addEventListener('error', (e) => report('error', e.message || (e.error && e.error.message) || 'an error event'));
  addEventListener('unhandledrejection', (e) => report('unhandledrejection', (e.reason && e.reason.message) || e.reason));
  const error = console.error;
  console.error = function (...args) {
    report('console', args.map(String).join(' '));
    return error.apply(this, args);
  };
}

/** The recorder's script, with DEEP_QUERY and what WebDriver contexts asked to run first. */
const recorderScript = () => [`(${RECORDER})();`, `(${DEEP_QUERY})();`, ...INIT_SCRIPTS].join('\n');

/** Puts the recorder first in an HTML page, after its doctype (before it would set quirks mode). */
export function withRecorder(html) {
  const tag = '<script src="/__recorder.js"></script>';
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  return doctype ? html.slice(0, doctype[0].length) + tag + html.slice(doctype[0].length) : tag + html;
}

/** Answers the recorder's two addresses; false for any other request. */
function recorderRoutes(req, res) {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/__recorder.js') {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(recorderScript());
    return true;
  }
  if (url.pathname === '/__report' && req.method === 'POST') {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      const r = JSON.parse(body);
      REPORTS.push(r);
      for (const page of OPEN_PAGES) page.report(r);
      res.writeHead(204).end();
    });
    return true;
  }
  return false;
}

/**
 * Serves `root` on a free localhost port. `headers` are added to every
 * response. With `record`, every HTML page gets the recorder (for the tests;
 * the benchmark serves pages as they are). `requests` lists the paths asked
 * for, in order. `faults` holds what tests make the server do wrong, in
 * every engine alike: `{ match: /\.wasm$/, delay: 400 }` answers late,
 * `{ match, status: 404 }` fails.
 */
export async function serve(root, headers = {}, { record = false } = {}) {
  const requests = [];
  const faults = [];
  const server = http.createServer(async (req, res) => {
    if (record && recorderRoutes(req, res)) return;
    const url = new URL(req.url, 'http://localhost');
    requests.push(url.pathname);
    const fault = faults.find((f) => f.match.test(url.pathname));
    if (fault?.delay) await new Promise((r) => setTimeout(r, fault.delay));
    if (fault?.status) { res.writeHead(fault.status, { ...headers }).end('not found'); return; }
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404).end('not found'); return; }
    let body = fs.readFileSync(file);
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    if (record && type.startsWith('text/html')) body = Buffer.from(withRecorder(body.toString('utf8')));
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      ...headers,
    });
    res.end(gzip ? zlib.gzipSync(body) : body);
  });
  return listen(server, '127.0.0.1', { requests, faults });
}

/**
 * A host page on its own origin ("localhost" is not the build's
 * "127.0.0.1"), with the recorder first. `headers` are added to the page.
 */
export async function host(html, headers = {}) {
  const server = http.createServer((req, res) => {
    if (recorderRoutes(req, res)) return;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(withRecorder(html));
  });
  return listen(server, 'localhost');
}

/** Servers still open in this process: a test that fails before closing its own leaves them here. */
const OPEN_SERVERS = new Set();

async function listen(server, hostname, extra = {}) {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const close = () => new Promise((r) => {
    OPEN_SERVERS.delete(close);
    server.close(r);
    server.closeAllConnections();
  });
  OPEN_SERVERS.add(close);
  return { url: `http://${hostname}:${port}`, ...extra, close };
}

/** Closes every server still open, so a failed test can't keep the test process alive. */
export async function closeAllServers() {
  await Promise.all([...OPEN_SERVERS].map((close) => close()));
}

/**
 * The `error` and `unhandledrejection` events reported since the last call,
 * which it clears (console errors are each test's own to judge).
 */
export function takeHostErrors() {
  const errors = REPORTS.filter((r) => r.kind !== 'console').map((r) => `${r.kind} in ${r.url}: ${r.message}`);
  REPORTS.length = 0;
  return errors;
}

/**
 * The light and dark palettes as tests/browser/palette.json holds them (a
 * native test keeps it equal to src/model/chart/palette.rs): each of the
 * stylesheet's custom properties and each destination's series colour, as
 * [r, g, b]. `cssRgb` writes one as getComputedStyle gives it, `opaque` as
 * a canvas pixel.
 */
export const PALETTES = JSON.parse(fs.readFileSync(new URL('./palette.json', import.meta.url), 'utf8'));
export const cssRgb = ([r, g, b]) => `rgb(${r}, ${g}, ${b})`;
export const opaque = (c) => [...c, 255];

/** The release build the tests load (KPOP_DIST: another build, such as a clean checkout's). */
export const DIST = path.resolve(process.env.KPOP_DIST ?? path.join(path.dirname(new URL(import.meta.url).pathname), '../../dist'));

/**
 * The chart lives in a shadow root: page scripts reach it through these
 * (`__kq` and `__kqa` query through open shadow roots, `__kactive` is the
 * focused element however deep).
 */
export function DEEP_QUERY() {
  const all = (sel, root, out) => {
    out.push(...root.querySelectorAll(sel));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) all(sel, el.shadowRoot, out);
    return out;
  };
  window.__kqa = (sel) => all(sel, document, []);
  window.__kq = (sel) => window.__kqa(sel)[0] ?? null;
  window.__kactive = () => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a;
  };
}

/**
 * What `page` reports from now on: `errors` holds its console errors and
 * page errors in order, `consoleErrors` and `pageErrors` each kind alone.
 */
export function collectErrors(page) {
  const errors = [];
  const consoleErrors = [];
  const pageErrors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') {
      errors.push(m.text());
      consoleErrors.push(m.text());
    }
  });
  page.on('pageerror', (e) => {
    errors.push(String(e));
    pageErrors.push(String(e));
  });
  return { errors, consoleErrors, pageErrors };
}

/**
 * Opens `url` in a page of a new context of `browser`, recording its errors
 * (collectErrors), and waits until `ink` charts have drawn (0: not at all).
 * `lang` and `query` (`a=1&b=2`) are added to the address's query; `width`
 * and `height` are the viewport's; `init` is a script (or a list of them)
 * to run before each of the page's own; any other option is Playwright's
 * for the context (colorScheme, deviceScaleFactor, acceptDownloads, ...).
 * Gives `{ context, page, errors, consoleErrors, pageErrors }`.
 */
export async function openChart(browser, url, { lang, query, width = 1024, height = 900, init = [], ink = 1, ...contextOptions } = {}) {
  const params = [lang && `lang=${lang}`, query].filter(Boolean).join('&');
  const address = params ? `${url}${url.includes('?') ? '&' : '?'}${params}` : url;
  const context = await browser.newContext({ viewport: { width, height }, ...contextOptions });
  for (const script of [init].flat()) await context.addInitScript(script);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(address);
  if (ink) await waitForInk(page, ink);
  return { context, page, ...errors };
}

/** The page's frame whose address includes `part` (Playwright lists frames at once, WebDriver asks each). */
export async function frameOf(page, part) {
  const frames = await page.frames();
  return frames.find((f) => f.url().includes(part));
}

/** Waits until `count` charts or more are on the page (or frame) and each canvas has a backing store and some ink. */
export async function waitForInk(page, count = 1) {
  await page.waitForFunction((n) => {
    const canvases = __kqa('canvas.kpop-chart__canvas');
    if (canvases.length < n) return false;
    // One chart: the first canvas only, whatever else the page holds (a
    // second chart not yet mounted, or hidden). More: every canvas.
    return canvases.slice(0, n === 1 ? 1 : canvases.length).every((c) => {
      if (c.width === 0 || c.height === 0) return false;
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (let i = 0; i < d.length; i += 4) if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) return true;
      return false;
    });
  }, count, { timeout: 15000 });
}

/**
 * Resizes the first chart's box from 1 to 1,600 px in `step` px steps, then
 * to each width of `tail`, all from the page's own script, as a host
 * page's script or a reader's drag would: a task between widths, a frame
 * every fourth and two after each of `tail`'s; layout read back at every
 * `readLayoutEvery`-th width (0: never). Not through one WebDriver script
 * per width: RELIABILITY.md, the ResizeObserver loop error in WebKit.
 */
export function resizeStormInPage(page, { step, tail, readLayoutEvery }) {
  return page.evaluate(async ({ step, tail, readLayoutEvery }) => {
    const box = document.querySelector('[data-kpop-exports-chart]');
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const task = () => new Promise((r) => setTimeout(r, 0));
    for (let i = 0, w = 1; w <= 1600; i += 1, w += step) {
      box.style.width = `${w}px`;
      if (readLayoutEvery && i % readLayoutEvery === 0) void box.offsetWidth;
      await (i % 4 === 0 ? frame() : task());
    }
    for (const w of tail) {
      box.style.width = `${w}px`;
      await frame();
      await frame();
    }
  }, { step, tail, readLayoutEvery });
}

/** A summary of the canvas pixels: size, a hash of every byte, and the inked pixel count. */
export async function snapshot(page) {
  return page.evaluate(() => {
    const c = __kq('canvas.kpop-chart__canvas');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let h = 2166136261 >>> 0;
    let ink = 0;
    for (let i = 0; i < d.length; i++) {
      h = Math.imul(h ^ d[i], 16777619) >>> 0;
    }
    for (let i = 0; i < d.length; i += 4) if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) ink++;
    const r = c.getBoundingClientRect();
    return { width: c.width, height: c.height, cssWidth: r.width, cssHeight: r.height, hash: h, ink };
  });
}

/** Waits for the canvas to differ from `before` (a redraw happened). */
export async function waitForChange(page, before) {
  await page.waitForFunction((prev) => {
    const c = __kq('canvas.kpop-chart__canvas');
    if (!c || c.width === 0) return false;
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let h = 2166136261 >>> 0;
    for (let i = 0; i < d.length; i++) h = Math.imul(h ^ d[i], 16777619) >>> 0;
    return h !== prev.hash || c.width !== prev.width || c.height !== prev.height;
  }, before, { timeout: 10000 });
  return snapshot(page);
}

/** What the chart's live region says (the keyboard's announcements). */
export const liveText = (page) => page.locator('.kpop-chart [aria-live="polite"]').textContent();

/** The rows of the chart's (first) data table. */
export const tableRows = (page) => page.locator('.kpop-chart__table').first().locator('tbody tr');

/** The text of the summary the plot is described by. */
export async function summaryText(page) {
  const id = await page.locator('.kpop-chart__plot').getAttribute('aria-describedby');
  return page.locator(`#${id}`).textContent();
}

/** The plot's box (in the viewport, `top` in the page), its canvas's backing height and its inline style. */
export const plotBox = (page) => page.evaluate(() => {
  const r = __kq('.kpop-chart__plot').getBoundingClientRect();
  const c = __kq('canvas.kpop-chart__canvas');
  return { x: r.left, y: r.top, top: r.top + window.scrollY, w: r.width, h: r.height, backing: c.height, style: __kq('.kpop-chart__plot').getAttribute('style') };
});

/** The canvas's top-left pixel (1, 1) as [r, g, b, a]: its background. */
export const cornerPixel = (page) => page.evaluate(() => Array.from(__kq('canvas').getContext('2d').getImageData(1, 1, 1, 1).data));

/** How many of the canvas's pixels have a hue (their channels more than 24 apart): none in forced colours. */
export const colouredPixels = (page) => page.evaluate(() => {
  const c = __kq('canvas');
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let coloured = 0;
  for (let i = 0; i < d.length; i += 4) if (Math.max(d[i], d[i + 1], d[i + 2]) - Math.min(d[i], d[i + 1], d[i + 2]) > 24) coloured++;
  return coloured;
});

/** How far the page scrolls sideways (0: not at all). */
export const sideOverflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The height of the chart in `frame` (the embed page's), rounded up, as the page measures it. */
export const chartHeight = (frame) => frame.evaluate(() => Math.ceil(document.querySelector('[data-kpop-exports-chart]').getBoundingClientRect().height));

/** Clicks the link called `name` and gives the file it downloads: its suggested name and bytes (Playwright only). */
export async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}
