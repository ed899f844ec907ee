// Shared helpers for the browser tests: a static server for the release
// build in dist/, and a headless Debian Chromium driven by playwright-core.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** Serves `root` on a free localhost port. `headers` are added to every response. */
export async function serve(root, headers = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404).end('not found'); return; }
    const body = fs.readFileSync(file);
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      ...headers,
    });
    res.end(gzip ? zlib.gzipSync(body) : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => { server.close(r); server.closeAllConnections(); }),
  };
}

export const DIST = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../dist');

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

/** Launches Debian's Chromium headless, with the flags this machine needs. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * Opens a page that records console errors and page errors, loads `url`
 * and waits until the chart's canvas has been drawn.
 */
export async function openChart(browser, url, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  await context.addInitScript(DEEP_QUERY);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await waitForInk(page);
  return { context, page, errors };
}

/** Waits until the canvas has a backing store and at least some ink. */
export async function waitForInk(page) {
  await page.waitForFunction(() => {
    const c = __kq('canvas.kpop-chart__canvas');
    if (!c || c.width === 0 || c.height === 0) return false;
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    for (let i = 0; i < d.length; i += 4) if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) return true;
    return false;
  }, null, { timeout: 15000 });
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
