// The first picture first: the embed page's static picture is in the page
// itself and paints with nothing but the page's one stylesheet, in the
// reader's colour scheme or the `theme` option's, before the embed script,
// the glue or the wasm have come.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBuildAndBrowser } from './setup.mjs';
import { openChart, waitForInk, cornerPixel, PALETTES, cssRgb, opaque, ENGINE } from './harness.mjs';

const env = useBuildAndBrowser();

/**
 * Holds back the glue and the wasm (and, with `embedScript`, the embed
 * script, which the page's load event then waits for) by `ms` on the test
 * server; gives the undo.
 */
function holdScripts(ms, { embedScript = false } = {}) {
  const names = ['kpop-exports-chart\\.js', 'kpop-exports-chart_bg\\.wasm', ...(embedScript ? ['kpop-chart\\.js'] : [])];
  const fault = { match: new RegExp(`^/(${names.join('|')})$`), delay: ms };
  env.server.faults.push(fault);
  return () => env.server.faults.splice(env.server.faults.indexOf(fault), 1);
}

/** Which picture of the static figure is shown, and the figure's background, as computed. */
const shown = (page) => page.evaluate(() => {
  const figure = document.querySelector('.kpop-chart--static');
  const visible = [...figure.querySelectorAll('.kpop-chart__picture')]
    .filter((p) => getComputedStyle(p).display !== 'none')
    .map((p) => ({ theme: p.classList.contains('kpop-chart__picture--dark') ? 'dark' : 'light', ...p.getBoundingClientRect().toJSON(), marks: p.querySelectorAll('rect').length }));
  const markers = [...figure.querySelectorAll('.kpop-chart__marker')]
    .filter((m) => getComputedStyle(m).display !== 'none').map((m) => m.getAttribute('fill'));
  return { visible, markers, background: getComputedStyle(figure).backgroundColor, theme: figure.dataset.theme };
});

test('the embed page paints its picture with only the page and its stylesheet, requesting no image', async () => {
  const release = holdScripts(2500, { embedScript: true });
  const from = env.server.requests.length;
  try {
    // At the first contentful paint, while the scripts were still held
    // back: what had loaded, and what the page showed (recorded in the page
    // itself, as the paint is reported).
    const init = () => {
      const poll = () => {
        const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
        if (!fcp) return setTimeout(poll, 2);
        const loaded = performance.getEntriesByType('resource')
          .filter((e) => e.responseEnd <= fcp.startTime).map((e) => new URL(e.name).pathname)
          .filter((p) => !p.startsWith('/__')); // (the tests' own error recorder)
        const visible = [...document.querySelectorAll('.kpop-chart--static .kpop-chart__picture')]
          .filter((p) => getComputedStyle(p).display !== 'none')
          .map((p) => ({ ...p.getBoundingClientRect().toJSON(), marks: p.querySelectorAll('rect').length }));
        const live = document.querySelector('[data-kpop-exports-chart]')?.shadowRoot?.querySelector('canvas');
        window.__first = { loaded, visible, live: Boolean(live) };
      };
      poll();
    };
    const { page, context } = await openChart(env.browser, `${env.server.url}/embed.html`, { width: 640, colorScheme: 'light', ink: 0, init });
    const first = await page.evaluate(() => window.__first ?? null);
    assert.ok(first, 'the page painted before its scripts came');
    assert.deepEqual(first.loaded, ['/chart.css'], 'the only request the first paint waited for');
    assert.equal(first.visible.length, 1, JSON.stringify(first.visible));
    const [v] = first.visible;
    assert.ok(v.width >= 600 && v.height >= 300 && v.marks >= 4, JSON.stringify(v));
    assert.equal(first.live, false, 'the live chart had not come');
    await context.close();
    const requested = env.server.requests.slice(from);
    assert.deepEqual(requested.filter((p) => /\.(svg|png|jpe?g|webp)$/.test(p) && !p.includes('favicon')), [], 'no picture to fetch');
  } finally {
    release();
  }
});

// [the reader's colour scheme, the embed's query, the picture it shows]
const THEMES = [
  ['light', '', 'light'],
  ['dark', '', 'dark'],
  ['dark', 'theme=light', 'light'],
  ['light', 'theme=dark', 'dark'],
  ['dark', 'theme=%20Dark%20', 'dark'],
  ['dark', 'theme=sepia', 'dark'],
];

for (const [scheme, query, want] of THEMES) {
  // The reader's colour scheme needs no script: right from the first
  // frame. An explicit `theme` reaches the picture when the embed script
  // runs (the page has nothing inline, and a stylesheet can't read the
  // address): before the page's DOMContentLoaded and long before the wasm,
  // though a frame or two may paint first in the reader's scheme.
  const byScheme = !query || scheme === want;
  test(`a ${scheme} reader${query ? ` with ${decodeURIComponent(query)}` : ''} sees the ${want} picture ${byScheme ? 'from the first frame' : 'once the embed script runs'}, then the ${want} chart`, async () => {
    const release = holdScripts(1200);
    // Every frame the static figure is in, the picture it would paint: rAF
    // runs before each frame is painted, and not while the page's
    // stylesheet still blocks rendering.
    const init = () => {
      const showing = () => {
        const figure = document.querySelector('.kpop-chart--static');
        const picture = figure?.isConnected && [...figure.querySelectorAll('.kpop-chart__picture')].find((p) => getComputedStyle(p).display !== 'none');
        return picture ? (picture.classList.contains('kpop-chart__picture--dark') ? 'dark' : 'light') : null;
      };
      window.__frames = [];
      const frame = () => {
        const now = showing();
        if (now) window.__frames.push(now);
        if (window.__frames.length < 30) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      document.addEventListener('DOMContentLoaded', () => { window.__atReady = showing(); });
    };
    try {
      const { page, context, errors } = await openChart(env.browser, `${env.server.url}/embed.html`, { query, colorScheme: scheme, width: 640, ink: 0, init });
      // Loaded twice: WebKitGTK's shell hands a new page the dark scheme
      // only after its first load has begun (a harness quirk, not the
      // page's), and a reader's browser has it from the start. The first
      // load ends first: leaving mid-fetch logs the failed load.
      if (ENGINE === 'webkit') {
        await waitForInk(page);
        await page.goto(await page.url());
      }
      const { visible, markers, background } = await shown(page);
      assert.deepEqual(visible.map((v) => v.theme), [want]);
      const { japan, united_states: us, china } = PALETTES[want].series;
      assert.deepEqual(markers, [japan, us, china].map((c) => `rgb(${c.join(',')})`), 'the legend in the picture\'s colours');
      assert.equal(background, cssRgb(PALETTES[want].background));
      assert.equal(await page.evaluate(() => window.__atReady), want, 'by DOMContentLoaded');
      const frames = await page.evaluate(() => window.__frames);
      assert.ok(frames.length > 0, 'the figure was painted');
      const seen = [...new Set(frames)];
      if (byScheme) assert.deepEqual(seen, [want], `every frame: ${frames.join(' ')}`);
      else assert.equal(seen.at(-1), want, `one change at most, to ${want}: ${frames.join(' ')}`);
      assert.ok(seen.length <= 2, frames.join(' '));
      await waitForInk(page);
      assert.deepEqual(await cornerPixel(page), opaque(PALETTES[want].background), 'the live chart, in the same theme');
      assert.deepEqual(errors.filter((e) => !/invalid value "sepia"/.test(e)), []);
      await context.close();
    } finally {
      release();
    }
  });
}

// One embed page per language: a Korean outlet's frame is Korean from its
// first paint, not only once the wasm has come.
for (const [path, lang, hangul] of [['/embed.html', 'en', false], ['/embed-ko.html', 'ko', true]]) {
  test(`${path} shows its static chart in ${lang} from the first paint, then the live chart in ${lang}`, async () => {
    const release = holdScripts(1200);
    try {
      const { page, context, errors } = await openChart(env.browser, `${env.server.url}${path}`, { colorScheme: 'light', width: 640, ink: 0 });
      const first = await page.evaluate(() => {
        const figure = document.querySelector('.kpop-chart--static');
        return {
          root: document.documentElement.lang,
          title: document.title,
          lang: figure.lang,
          heading: figure.querySelector('.kpop-chart__title').textContent,
          picture: figure.querySelector('.kpop-chart__picture--light').getAttribute('aria-label'),
          cell: figure.querySelector('.kpop-chart__table tbody td').textContent,
        };
      });
      assert.equal(first.root, lang);
      assert.equal(first.lang, lang);
      assert.equal(first.title, first.heading, 'the page is titled as its chart');
      for (const text of [first.heading, first.picture, first.cell]) {
        assert.equal(/[\uac00-\ud7a3]/.test(text), hangul, text);
      }
      await waitForInk(page);
      const live = await page.evaluate(() => ({ lang: __kq('.kpop-chart').getAttribute('lang'), heading: __kq('.kpop-chart__title').textContent }));
      assert.deepEqual(live, { lang, heading: first.heading }, 'the live chart speaks the page\'s language');
      assert.deepEqual(errors, []);
      await context.close();
    } finally {
      release();
    }
  });
}
