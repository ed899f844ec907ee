// Embedding in news pages: the iframe embed on another origin, script-tag
// embeds side by side, hostile host CSS, invalid options, and a strict CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { host, frameOf, openChart, waitForInk, liveText, tableRows, chartHeight, DIST } from './harness.mjs';
import { useBuildAndBrowser } from './setup.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

// env.server: the build, as a chart server would host it (CORS open for the
// embeds); env.strict: the same build under the strict CSP.
const env = useBuildAndBrowser(DIST, { 'access-control-allow-origin': '*' }, { strict: { 'content-security-policy': CSP } });

/** Collects the page's Content-Security-Policy violations in `window.__violations`. */
function recordViolations() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
}

/** The iframe's height in `page`. */
const frameHeight = (page) => page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);

/**
 * The iframe's height and its chart's, once the host page has taken the
 * chart's last reported height: waits up to 5 s for the two to meet.
 */
async function settledHeights(page, frame) {
  let [outer, inner] = [await frameHeight(page), await chartHeight(frame)];
  for (let n = 0; n < 50 && outer !== inner; n++) {
    await page.waitForTimeout(100);
    [outer, inner] = [await frameHeight(page), await chartHeight(frame)];
  }
  return [outer, inner];
}

test('the iframe embed reports its height and the host page resizes the frame', async () => {
  const page = await host(`<!doctype html><html><body style="margin:0">
    <h1>Host article</h1>
    <iframe src="${env.server.url}/embed.html?lang=en" title="Chart: K-pop album exports" data-kpop-exports-chart-frame height="150"></iframe>
    <script src="${env.server.url}/frame-loader.js"></script>
  </body></html>`);
  const { context, page: p, errors } = await openChart(env.browser, page.url, { ink: 0 });
  const iframe = p.locator('iframe');
  assert.equal(await iframe.getAttribute('title'), 'Chart: K-pop album exports');
  const frame = await frameOf(p, '/embed.html');
  await p.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 300);
  // The chart settles (its fonts, its first drawing) and reports each new
  // height: wait for the frame to take the last one.
  let [o, i] = await settledHeights(p, frame);
  assert.equal(o, i, 'the frame is as tall as the chart');
  // Opening the data table makes the chart taller: the frame follows.
  const before = o;
  await frame.getByRole('button', { name: 'Show data' }).click();
  await p.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height > h + 200, before);
  [o, i] = await settledHeights(p, frame);
  assert.equal(o, i);
  // Messages from any other origin, or of the wrong shape, are ignored.
  const now = await frameHeight(p);
  await p.evaluate(() => {
    window.postMessage({ type: 'kpop-exports-chart:height', height: 5000 }, '*');
  });
  await frame.evaluate(() => {
    for (const height of ['5000', -1, 1e9, NaN, { valueOf: () => 5000 }]) {
      window.parent.postMessage({ type: 'kpop-exports-chart:height', height }, '*');
    }
  }).catch(() => {});
  await p.waitForTimeout(300);
  assert.equal(await frameHeight(p), now);
  assert.deepEqual(errors, []);
  await context.close();
  await page.close();
});

test('the iframe also speaks the Datawrapper and Pym.js height formats', async () => {
  const page = await host(`<!doctype html><html><body>
    <iframe src="${env.server.url}/embed.html?childId=pym-1&dwChartId=abc12" title="Chart"></iframe>
    <script>window.got = []; addEventListener('message', (e) => got.push(e.data));</script>
  </body></html>`);
  const { context, page: p, errors } = await openChart(env.browser, page.url, { ink: 0 });
  await p.waitForFunction(() => window.got.some((m) => typeof m === 'string'));
  const got = await p.evaluate(() => window.got);
  const own = got.find((m) => m?.type === 'kpop-exports-chart:height');
  assert.ok(own && own.height > 300, JSON.stringify(got));
  assert.ok(got.some((m) => m?.['datawrapper-height']?.abc12 === own.height), 'Datawrapper format');
  assert.ok(got.includes(`pymxPYMxpym-1xPYMxheightxPYMx${own.height}`), 'Pym.js format');
  // Pym's and Datawrapper's own query parameters are not reported as bad options.
  assert.deepEqual(errors, []);
  await context.close();
  await page.close();
});

const twoWidgets = (extraHead = '') => `<!doctype html><html><head>${extraHead}</head><body>
  <div id="a" data-kpop-exports-chart></div>
  <div id="b" data-kpop-exports-chart data-view="timeline"></div>
  <script type="module" src="${env.server.url}/kpop-chart.js"></script>
</body></html>`;

test('two script-tag widgets on one page toggle independently', async () => {
  const page = await host(twoWidgets());
  const { context, page: p, errors } = await openChart(env.browser, page.url, { ink: 2 });
  const a = p.locator('#a');
  const b = p.locator('#b');
  const state = () => Promise.all([a, b].map((w) => w.getByRole('switch', { name: 'Billboard milestones' }).getAttribute('aria-checked')));
  assert.deepEqual(await state(), ['false', 'false']);
  assert.equal(await b.getByRole('button', { name: 'Every period' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await a.getByRole('button', { name: 'Every period' }).getAttribute('aria-pressed'), 'false');
  await b.getByRole('switch', { name: 'Billboard milestones' }).click();
  assert.deepEqual(await state(), ['false', 'true']);
  await a.getByRole('switch', { name: 'Billboard milestones' }).click();
  await b.getByRole('switch', { name: 'Billboard milestones' }).click();
  assert.deepEqual(await state(), ['true', 'false']);
  // Each has its own ids (its table and summary are its own).
  const ids = await p.evaluate(() => window.__kqa('[id]').map((e) => e.id));
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual(errors, []);
  await context.close();
  await page.close();
});

test('hostile host CSS does not reach the widget', async () => {
  const hostile = '<link rel="stylesheet" href="data:text/css,' + encodeURIComponent(
    '* { font: 40px serif !important; color: red !important; letter-spacing: 9px !important }'
    + ' canvas { display: none !important } button { display: none !important }'
    + ' div { padding: 50px !important; background: lime !important }',
  ) + '">';
  const page = await host(twoWidgets(hostile));
  const { context, page: p, errors } = await openChart(env.browser, page.url, { ink: 2 });
  const look = await p.evaluate(() => {
    const title = window.__kq('.kpop-chart__title');
    const s = getComputedStyle(title);
    const canvas = window.__kq('canvas.kpop-chart__canvas');
    const button = window.__kq('.kpop-chart button');
    return {
      font: s.fontFamily, size: s.fontSize, color: s.color, spacing: s.letterSpacing,
      canvas: getComputedStyle(canvas).display, button: getComputedStyle(button).display,
      canvasWidth: canvas.getBoundingClientRect().width,
    };
  });
  assert.match(look.font, /Helvetica/);
  assert.equal(look.size, '20px');
  assert.notEqual(look.color, 'rgb(255, 0, 0)');
  assert.equal(look.spacing, 'normal');
  assert.equal(look.canvas, 'block');
  assert.notEqual(look.button, 'none');
  assert.ok(look.canvasWidth > 500, `canvas is ${look.canvasWidth}px wide`);
  assert.deepEqual(errors, []);
  await context.close();
  await page.close();
});

test('every invalid option logs its documented error and the default is used', async () => {
  const page = await host(`<!doctype html><html><body>
    <div id="bad" data-kpop-exports-chart data-lang="fr" data-view="decade" data-period="2017" data-annotations="maybe" data-metric="euros" data-theme="neon" data-colour="red"></div>
    <div id="js"></div>
    <script type="module">
      import { mount } from '${env.server.url}/kpop-chart.js';
      window.mounted = mount(document.getElementById('js'), { view: 42, period: 'h1-2023', annotations: 'yes', metric: null, theme: true });
      mount(document.getElementById('no-such-element'), {});
    </script>
  </body></html>`);
  const { context, page: p, errors } = await openChart(env.browser, page.url, { ink: 2 });
  const expected = [
    'kpop-exports-chart: invalid value "fr" for option `lang`; accepted values: en, ko. Using the default, en.',
    'kpop-exports-chart: invalid value "decade" for option `view`; accepted values: snapshot, timeline. Using the default, snapshot.',
    'kpop-exports-chart: invalid value "maybe" for option `annotations`; accepted values: on, off, true, false. Using the default, off.',
    'kpop-exports-chart: invalid value "euros" for option `metric`; accepted values: dollars, share. Using the default, dollars.',
    'kpop-exports-chart: invalid value "neon" for option `theme`; accepted values: auto, light, dark. Using the default, auto.',
    'kpop-exports-chart: unknown option `colour` (value "red"); accepted options: lang, view, period, annotations, metric, theme. It is ignored.',
    'kpop-exports-chart: invalid value the number 42 for option `view`; accepted values: snapshot, timeline. Using the default, snapshot.',
    'kpop-exports-chart: invalid value "yes" for option `annotations`; accepted values: on, off, true, false. Using the default, off.',
    'kpop-exports-chart: invalid value a non-text value for option `metric`; accepted values: dollars, share. Using the default, dollars.',
    'kpop-exports-chart: invalid value true for option `theme`; accepted values: auto, light, dark. Using the default, auto.',
    'kpop-exports-chart: mount() needs an element to draw in, not null; nothing was mounted.',
  ];
  // The periods a comparison can show are the data's: the message lists
  // them all (2017 has only a total, so it isn't one).
  const period = (value) => new RegExp(`^kpop-exports-chart: invalid value "${value}" for option \`period\`; accepted values: 2020-jan-nov, 2021, (\\d{4}(-[a-z0-9]+)*, )*2023-h1, (\\d{4}(-[a-z0-9]+)*, )*2025(, \\d{4}(-[a-z0-9]+)*)*\\. Using the default, 2023-h1\\.$`);
  const periodErrors = errors.filter((e) => e.includes('option `period`'));
  assert.equal(periodErrors.length, 2, periodErrors.join('\n'));
  assert.match(periodErrors.find((e) => e.includes('"2017"')), period('2017'));
  assert.match(periodErrors.find((e) => e.includes('"h1-2023"')), period('h1-2023'));
  assert.deepEqual(errors.filter((e) => !periodErrors.includes(e)).sort(), [...expected].sort());
  // Both charts run on the defaults.
  for (const id of ['#bad', '#js']) {
    const w = p.locator(id);
    assert.equal(await w.locator('.kpop-chart').getAttribute('lang'), 'en');
    assert.equal(await w.getByRole('button', { name: 'First half of 2023' }).getAttribute('aria-pressed'), 'true');
    assert.equal(await w.getByRole('button', { name: 'US dollars' }).getAttribute('aria-pressed'), 'true');
    assert.equal(await w.getByRole('switch', { name: 'Billboard milestones' }).getAttribute('aria-checked'), 'false');
  }
  await context.close();
  await page.close();
});

test('valid options from attributes, the URL query and a JS object are applied', async () => {
  const { context, page: p, errors } = await openChart(env.browser, `${env.server.url}/embed.html?view=timeline&metric=share&annotations=on&theme=dark`);
  assert.equal(await p.getByRole('button', { name: 'Every period' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await p.getByRole('button', { name: 'Share of total' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await p.getByRole('switch', { name: 'Billboard milestones' }).getAttribute('aria-checked'), 'true');
  assert.equal(await p.locator('.kpop-chart').getAttribute('data-theme'), 'dark');
  assert.deepEqual(errors, []);
  await context.close();

  const page = await host(`<!doctype html><html><body>
    <div id="attr" data-kpop-exports-chart data-metric="share" data-annotations="true"></div>
    <div id="js"></div>
    <script type="module">
      import { mount } from '${env.server.url}/kpop-chart.js';
      mount(document.getElementById('js'), { view: 'timeline', annotations: true, theme: 'light' });
    </script>
  </body></html>`);
  const second = await openChart(env.browser, page.url, { colorScheme: 'dark', ink: 2 });
  const attr = second.page.locator('#attr');
  assert.equal(await attr.getByRole('button', { name: 'Share of total' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await attr.getByRole('switch', { name: 'Billboard milestones' }).getAttribute('aria-checked'), 'true');
  assert.equal(await attr.locator('.kpop-chart').getAttribute('data-theme'), 'dark', 'auto follows the dark scheme');
  const js = second.page.locator('#js');
  assert.equal(await js.getByRole('button', { name: 'Every period' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await js.getByRole('switch', { name: 'Billboard milestones' }).getAttribute('aria-checked'), 'true');
  assert.equal(await js.locator('.kpop-chart').getAttribute('data-theme'), 'light', 'an explicit theme wins over the scheme');
  assert.deepEqual(second.errors, []);
  await second.context.close();
  await page.close();
});

test('the period option picks the compared period from an attribute, the URL query and a JS object, with a title true of it', async () => {
  const { context, page: p, errors } = await openChart(env.browser, `${env.server.url}/embed.html?period=2021`);
  // 2021 against January to November 2020, when the US was ahead of China.
  assert.equal(await p.locator('h2.kpop-chart__title').textContent(), 'China overtook the US as the second-largest market for K-pop albums');
  assert.equal(await p.getByRole('button', { name: '2021', exact: true }).getAttribute('aria-pressed'), 'true');
  assert.match(await p.locator('.kpop-chart__subtitle').textContent(), /South Korea's album exports in 2021/);
  assert.match(await p.locator('canvas').getAttribute('aria-label'), /Japan \$78\.049M/);
  assert.deepEqual(errors, []);
  await context.close();

  const page = await host(`<!doctype html><html><body>
    <div id="attr" data-kpop-exports-chart data-period="2024"></div>
    <div id="js"></div>
    <script type="module">
      import { mount } from '${env.server.url}/kpop-chart.js';
      mount(document.getElementById('js'), { period: '2023-JAN-OCT', view: 'timeline', lang: 'ko' });
    </script>
  </body></html>`);
  const second = await openChart(env.browser, page.url, { ink: 2 });
  const attr = second.page.locator('#attr');
  assert.equal(await attr.locator('h2.kpop-chart__title').textContent(), 'Japan was the largest market for K-pop albums in 2024');
  assert.equal(await attr.getByRole('button', { name: '2024', exact: true }).getAttribute('aria-pressed'), 'true');
  // A timeline first, with the chosen period one click away.
  const js = second.page.locator('#js');
  assert.equal(await js.getByRole('button', { name: '모든 기간' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await js.locator('h2.kpop-chart__title').textContent(), '미국, 중국 제치고 K팝 음반 2위 수출국으로');
  const jan_oct = js.getByRole('button', { name: '2023년 1~10월' });
  await jan_oct.click();
  assert.equal(await jan_oct.getAttribute('aria-pressed'), 'true');
  assert.match(await js.locator('.kpop-chart__subtitle').textContent(), /2023년 1~10월/);
  assert.deepEqual(second.errors, []);
  await second.context.close();
  await page.close();
});

test('under a strict Content-Security-Policy the preview and the embed page draw with no violations', async () => {
  for (const path of ['/', '/embed.html?view=timeline']) {
    const { context, page: p, errors } = await openChart(env.browser, `${env.strict.url}${path}`, { init: recordViolations });
    const violations = await p.evaluate(() => window.__violations ?? []);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors.filter((e) => /Content Security Policy|Refused/i.test(e)), []);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('Korean renders Korean text everywhere, with the same figures', async () => {
  const { context, page: p, errors } = await openChart(env.browser, `${env.server.url}/embed.html?lang=ko&annotations=on`, { locale: 'ko-KR' });
  const root = p.locator('.kpop-chart');
  assert.equal(await root.getAttribute('lang'), 'ko');
  assert.match(await p.locator('.kpop-chart__title').textContent(), /미국, 중국 제치고/);
  // Controls, with their accessible names, in Korean.
  assert.equal(await p.getByRole('switch', { name: '빌보드 기록' }).getAttribute('aria-checked'), 'true');
  assert.equal(await p.getByRole('button', { name: '2023년 상반기' }).getAttribute('aria-pressed'), 'true');
  await p.getByRole('button', { name: '데이터 보기' }).click();
  const rows = await tableRows(p).allTextContents();
  // Korean amounts in 만 and 억, to the source's thousand dollars.
  assert.ok(rows.some((r) => r.includes('미국') && r.includes('2551만9000 달러') && r.includes('19.2%')), rows.join('\n'));
  assert.match(await p.locator('.kpop-chart__source').textContent(), /^출처: 관세청/);
  assert.match(await p.locator('canvas').getAttribute('aria-label'), /미국 2551만9000 달러\(전체의 19\.2%\)/);
  // The keyboard announcement is Korean too.
  await p.locator('.kpop-chart__plot').focus();
  await p.keyboard.press('ArrowRight');
  await p.keyboard.press('ArrowRight');
  const live = await liveText(p);
  assert.match(live, /^미국, 2023년 상반기: 2551만9000 달러, 전체 음반 수출의 19\.2%\. 이 기간의 빌보드 기록: TXT: 빌보드 200 1위/);
  // No English sentence is left in the widget's visible text.
  const visible = await root.evaluate((el) => el.innerText);
  for (const english of ['album exports', 'Billboard milestones', 'Show data', 'Every period', 'Source:']) {
    assert.ok(!visible.includes(english), `"${english}" left in the Korean widget`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});


test("the README's embed codes work pasted into a plain page on another origin", async () => {
  const code = (name) => readmeCode(name, `${env.server.url}/`);
  const page = await host(`<!doctype html><html><body><h1>Article</h1>\n${code('script')}\n<p>Between the charts.</p>\n${code('iframe')}\n</body></html>`);
  const { context, page: p, errors } = await openChart(env.browser, page.url);
  assert.equal(await p.locator('[data-kpop-exports-chart] .kpop-chart__title').count(), 1);
  await p.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 500);
  const frame = await frameOf(p, '/embed.html');
  // The frame starts at the code's height="760" and takes the chart's own
  // height when the loader hears from it: wait for the two to meet.
  const [outer, inner] = await settledHeights(p, frame);
  assert.equal(outer, inner);
  assert.deepEqual(errors, []);
  await context.close();
  await page.close();
});

/** The README's embed code called `name`, for a chart hosted at `base`. */
function readmeCode(name, base) {
  const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const m = readme.match(new RegExp(`<!-- embed:${name} -->\\s*\`\`\`html\\n([\\s\\S]*?)\`\`\``));
  assert.ok(m, `README has no ${name} embed code`);
  return m[1].trimEnd().replaceAll('https://charts.example.com/kpop/', base);
}

test("the preview's copy boxes hold the README's embed codes, iframe lazy", async () => {
  const { context, page, errors } = await openChart(env.browser, `${env.server.url}/index.html`, { ink: 0 });
  for (const name of ['script', 'iframe']) {
    const box = await page.locator(`#embed-code-${name}`).inputValue();
    assert.equal(box, readmeCode(name, `${env.server.url}/`));
  }
  assert.match(readmeCode('iframe', ''), /<iframe [^>]*loading="lazy"/);
  assert.deepEqual(errors, []);
  await context.close();
});

/** Gzip bytes of the chart server's files a page requested. */
function gzipBytes(paths) {
  return paths.reduce((sum, p) => {
    const file = path.join(DIST, decodeURIComponent(p));
    return sum + zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
  }, 0);
}

test('a script-tag chart below the fold loads only its embed script until the reader nears it', async () => {
  // The static picture goes inside the element, as the README says.
  const picture = '<img src="' + `${env.server.url}/fallback-en.svg` + '" alt="Bar chart" width="640" height="400">';
  const page = await host(`<!doctype html><html><body><h1>Article</h1>
<div style="height: 3000px">Long article text.</div>
<div data-kpop-exports-chart data-lang="en">${picture}</div>
<script type="module" src="${env.server.url}/kpop-chart.js"></script></body></html>`);
  // What the chart's server was asked for (its log, so every engine counts alike).
  const start = env.server.requests.length;
  const requested = () => env.server.requests.slice(start);
  const { context, page: p, consoleErrors: errors } = await openChart(env.browser, page.url, { width: 1024, height: 800, ink: 0 });
  await p.waitForTimeout(1500);
  const before = requested().sort();
  assert.deepEqual(before, ['/fallback-en.svg', '/kpop-chart.js'], 'only the script and the picture before scrolling');
  const bytes = gzipBytes(requested());
  console.log(`below the fold, before scrolling: ${bytes} B gzip (${before.join(', ')})`);
  assert.ok(bytes <= 12 * 1024, `${bytes} B gzip loaded before the reader nears the chart; the budget is 12 KB`);
  assert.equal(await p.locator('canvas').count(), 0);
  // Within about a viewport of it, the chart starts and draws.
  await p.evaluate(() => window.scrollTo(0, 1600));
  await waitForInk(p);
  assert.ok(requested().some((u) => u.endsWith('.wasm')), 'the wasm loads once the reader nears the chart');
  assert.deepEqual(errors, []);
  await context.close();
  await page.close();
});
