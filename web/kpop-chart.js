// The embed script. One <script type="module"> per page mounts the chart in
// every element marked `data-kpop-exports-chart`, each inside its own shadow
// root so the host page's CSS and the widget's can't meet. Host code can also
// `import { mount } from '.../kpop-chart.js'` and call mount(element, options).
//
// Everything is resolved from this file's own URL, so the embed works from any
// origin (the server must send `Access-Control-Allow-Origin` for the .js and
// .wasm files). No inline script or style is created: it runs under
// `script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`.

const BASE = new URL('.', import.meta.url);
const MARK = 'kpopExportsChart';
// The options a URL query may carry; other query parameters (a Pym.js
// child id, tracking tags) belong to someone else and are left alone. The
// crate's option table (`options::NAMES`), in its order: tests/embed_options.rs
// fails if the two differ.
const QUERY_OPTIONS = ['lang', 'view', 'period', 'annotations', 'metric', 'theme'];
// Data attributes that configure the embed itself, not the chart.
const EMBED_ATTRIBUTES = new Set([MARK, 'optionsFromQuery']);

// The wasm (about 100 KB) is fetched once the page has painted the static
// picture, so nothing shares the connection with the first picture (the
// embed page and the preview preload it at low priority, which the
// browser also holds back until the page's stylesheet has come). A frame
// that never paints (hidden, in a background tab) starts after a moment
// all the same.
const PAINT_WAIT_MS = 100;
const painted = new Promise((resolve) => {
  requestAnimationFrame(() => setTimeout(resolve));
  setTimeout(resolve, PAINT_WAIT_MS);
});

let wasm;
function loadWasm() {
  wasm ??= painted.then(() => {
    // The wasm and its glue at once, not one after the other. A failed
    // fetch is reported where the glue awaits it (or not at all, if the
    // glue failed first): never as an unhandled rejection.
    const bytes = fetch(new URL('kpop-exports-chart_bg.wasm', BASE));
    bytes.catch(() => {});
    return import(new URL('kpop-exports-chart.js', BASE).href).then(async (m) => {
      const exports = await m.default({ module_or_path: bytes });
      // For the benchmark's memory figure: the wasm's linear memory in bytes.
      window.__kpopWasmBytes = () => exports.memory.buffer.byteLength;
      return m;
    });
  });
  return wasm;
}

/**
 * The static picture follows the `theme` option as soon as this script
 * runs, long before the wasm. (The reader's colour scheme needs no script;
 * an explicit theme can come no sooner, as the page runs nothing inline.)
 * The stylesheet reads the value as the option does: trimmed, any case;
 * anything but light or dark follows the reader's colour scheme, as the
 * option's default does.
 */
function themeFallback(element, options) {
  if (typeof options?.theme !== 'string') return;
  const theme = options.theme.trim().toLowerCase();
  for (const figure of element.querySelectorAll('.kpop-chart--static')) figure.dataset.theme = theme;
}

/** The options an element's data attributes (and, in the iframe, the URL query) set. */
function optionsOf(element) {
  const options = {};
  for (const [key, value] of Object.entries(element.dataset)) {
    if (!EMBED_ATTRIBUTES.has(key)) options[key] = value;
  }
  if (MARK in element.dataset && 'optionsFromQuery' in element.dataset) {
    const query = new URLSearchParams(location.search);
    for (const key of QUERY_OPTIONS) if (query.has(key)) options[key] = query.get(key);
  }
  return options;
}

const mounted = new WeakMap();

/**
 * Mounts the chart into `element` (inside a shadow root) with `options`:
 * { lang, view, period, annotations, metric, theme }. Returns a promise of a handle
 * whose unmount() removes the chart. The element's own content (the static
 * picture) stays visible until the chart is ready, and again if it fails.
 */
export async function mount(element, options = {}) {
  if (!(element instanceof Element)) {
    console.error(`kpop-exports-chart: mount() needs an element to draw in, not ${element === null ? 'null' : typeof element}; nothing was mounted.`);
    return null;
  }
  if (mounted.has(element)) return mounted.get(element);
  themeFallback(element, options);
  const pending = (async () => {
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    // Until the chart is ready, the slot shows the element's own content.
    const slot = document.createElement('slot');
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = new URL('chart.css', BASE).href;
    const box = document.createElement('div');
    box.className = 'kpop-embed';
    box.hidden = true;
    root.replaceChildren(css, slot, box);
    const styled = new Promise((resolve) => {
      css.addEventListener('load', resolve, { once: true });
      css.addEventListener('error', resolve, { once: true });
    });
    try {
      const [m] = await Promise.all([loadWasm(), styled]);
      const handle = m.mount(box, options);
      box.hidden = false;
      slot.remove();
      // The static picture steps aside (kept, to come back on unmount), so
      // the page holds one chart, not a hidden copy.
      const picture = document.createDocumentFragment();
      picture.append(...element.childNodes);
      return {
        unmount() {
          handle.unmount();
          handle.free();
          element.append(picture);
          root.replaceChildren(document.createElement('slot'));
          mounted.delete(element);
        },
      };
    } catch (e) {
      // The static picture and table stay; say once why the chart didn't come.
      root.replaceChildren(document.createElement('slot'));
      mounted.delete(element);
      console.error(`kpop-exports-chart: the interactive chart could not load (${e?.message ?? e}); the static picture stays.`);
      return null;
    }
  })();
  mounted.set(element, pending);
  return pending;
}

/** Tells the page that frames this one how tall the chart is (iframe embed). */
function reportHeight(element) {
  const query = new URLSearchParams(location.search);
  const pymId = query.get('childId');
  const dwId = query.get('dwChartId') ?? 'kpop-exports-chart';
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last || height <= 0) return;
    last = height;
    // Heights are not secret, and the host's origin is unknown: '*'.
    window.parent.postMessage({ type: 'kpop-exports-chart:height', height }, '*');
    // The formats of loaders newsrooms already run.
    window.parent.postMessage({ 'datawrapper-height': { [dwId]: height } }, '*');
    if (pymId) window.parent.postMessage(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`, '*');
    // AMP's <amp-iframe resizable> asks for this one.
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  }).observe(element);
}

const SELECTOR = '[data-kpop-exports-chart]';
const within = (node) => (node.nodeType === 1
  ? [...(node.matches(SELECTOR) ? [node] : []), ...node.querySelectorAll(SELECTOR)]
  : []);

// A chart far down the page shows its static picture (the element's own
// content) and costs nothing more until the reader comes within about one
// viewport of it: only then are the wasm, its glue and the CSS fetched. A
// chart in view at load starts at once. (mount() called by host code always
// starts at once: the host asked for it.)
// How near, in viewport heights above or below, a chart starts.
const REACH = 1;
const nearView = typeof IntersectionObserver === 'function'
  ? new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      nearView.unobserve(entry.target);
      mount(entry.target, optionsOf(entry.target));
    }
  }, { rootMargin: `${REACH * 100}% 0px` })
  : null;

function start(element) {
  themeFallback(element, optionsOf(element));
  // In reach already: start now, not at the observer's first report.
  const box = element.getBoundingClientRect();
  const reach = REACH * innerHeight;
  if (!nearView || (box.bottom > -reach && box.top < innerHeight + reach)) {
    mount(element, optionsOf(element));
  } else {
    nearView.observe(element);
  }
}

for (const element of document.querySelectorAll(SELECTOR)) {
  if (window.parent !== window && 'optionsFromQuery' in element.dataset) reportHeight(element);
  start(element);
}

// Pages change after load (CMS previews, single-page sites): a chart added
// later is mounted, and one taken out of the page is unmounted, releasing its
// observers and listeners; put back, it mounts afresh.
new MutationObserver((records) => {
  for (const r of records) {
    for (const node of r.removedNodes) {
      for (const element of within(node)) {
        if (element.isConnected) continue;
        nearView?.unobserve(element);
        mounted.get(element)?.then((handle) => {
          if (!element.isConnected) handle?.unmount();
        });
      }
    }
    for (const node of r.addedNodes) {
      for (const element of within(node)) if (!mounted.has(element)) start(element);
    }
  }
}).observe(document.documentElement, { childList: true, subtree: true });
