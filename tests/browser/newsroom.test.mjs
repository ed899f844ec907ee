// What newsroom readers and editors expect around a chart: "Get the data"
// (a CSV of what the view shows), "Download image" (a PNG with its title,
// legend, notes and source) and an embed that resizes in AMP pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { useBuildAndBrowser } from './setup.mjs';
import { openChart, host, frameOf, onlyIn, plotBox, chartHeight, download } from './harness.mjs';

const env = useBuildAndBrowser();

// The data file, read here on its own, not through the crate.
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const FIGURES = fs.readFileSync(path.join(ROOT, 'data/exports.csv'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#') && !l.startsWith('period_start'))
  .map((l) => {
    const [start, end, destination, value, rounded, source, date] = l.split(',');
    return { start, end, destination, value: Number(value), rounded: Number(rounded), source, date };
  });

const NAMES = {
  en: { all: 'All destinations', japan: 'Japan', united_states: 'United States', china: 'China' },
  ko: { all: '전체 수출', japan: '일본', united_states: '미국', china: '중국' },
};
const FIRST_HEADER = { en: 'First month', ko: '시작 월' };
const ORDER = ['japan', 'united_states', 'china', 'all'];
const total = (f) => FIGURES.find((t) => t.start === f.start && t.end === f.end && t.destination === 'all');

/** The figures the view plots, in the data table's order (period, then Japan, US, China, total). */
function expected(view, metric) {
  return FIGURES
    .filter((f) => (view === 'snapshot' ? f.start === '2023-01' && f.end === '2023-06' && f.destination !== 'all' : true))
    .filter((f) => metric === 'dollars' || (f.destination !== 'all' && total(f)))
    .filter((f) => view === 'timeline' || metric === 'share' || f.destination !== 'all')
    .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end)
      || ORDER.indexOf(a.destination) - ORDER.indexOf(b.destination));
}

/** RFC 4180 records of a CSV text (after its `#` comment line). */
function parseCsv(text) {
  const lines = text.split('\r\n');
  const comment = lines.shift();
  const records = lines.filter((l) => l).map((l) => {
    const out = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < l.length; i++) {
      const c = l[i];
      if (c === '"' && quoted && l[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') quoted = !quoted;
      else if (c === ',' && !quoted) { out.push(cur); cur = ''; } else cur += c;
    }
    out.push(cur);
    return out;
  });
  return { comment, header: records[0], rows: records.slice(1) };
}

/** Whether `share` (as the widget writes it) is the figure's share of its total. */
function shareMatches(share, f) {
  const t = total(f);
  const exact = f.rounded === 1 && t.rounded === 1;
  const pct = Number(share.replace(/[≈%]/g, ''));
  if (exact) {
    // One decimal, rounded half up from the exact ratio.
    return share === `${(Math.round((f.value * 1000) / t.value) / 10).toFixed(1)}%`;
  }
  // Rounded by the source: marked, and within what the rounding allows.
  const lo = (100 * (f.value - f.rounded / 2)) / (t.value + t.rounded / 2);
  const hi = (100 * (f.value + f.rounded / 2)) / (t.value - t.rounded / 2);
  return share.startsWith('≈') && pct >= Math.floor(lo * 10) / 10 - 0.5 && pct <= hi + 0.5;
}

const LINKS = { en: ['Get the data', 'Download image'], ko: ['데이터 내려받기', '이미지 내려받기'] };

for (const lang of ['en', 'ko']) {
  test(`"Get the data" gives exactly what each view shows, from the data file (${lang})`, onlyIn('chromium', 'the saved file is read through Playwright\'s download event'), async () => {
    const { page, errors, context } = await openChart(env.browser, `${env.server.url}/embed.html`, { lang, width: 800, acceptDownloads: true });
    for (const view of ['snapshot', 'timeline']) {
      for (const metric of ['dollars', 'share']) {
        await page.goto(`${env.server.url}/embed.html?lang=${lang}&view=${view}&metric=${metric}`);
        await page.getByRole('link', { name: LINKS[lang][0] }).waitFor();
        const { name, bytes } = await download(page, LINKS[lang][0]);
        const slug = view === 'snapshot' ? '2023-h1' : 'every-period';
        assert.equal(name, `kpop-album-exports-${slug}-${metric}-${lang}.csv`);
        const { comment, header, rows } = parseCsv(bytes.toString('utf8'));
        assert.match(comment, /^# .+(Korea Customs Service|관세청)/);
        assert.equal(header[0], FIRST_HEADER[lang]);
        assert.equal(header.length, metric === 'share' ? 8 : 7);
        const want = expected(view, metric);
        assert.equal(rows.length, want.length, `${view} ${metric}: ${rows.length} rows`);
        rows.forEach((r, i) => {
          const f = want[i];
          const share = metric === 'share' ? [r[5]] : [];
          const [start, end, dest, value, rounded, ...rest] = r;
          assert.deepEqual(
            [start, end, dest, Number(value), Number(rounded), rest.at(-2), rest.at(-1)],
            [f.start, f.end, NAMES[lang][f.destination], f.value, f.rounded, f.source, f.date],
            `${view} ${metric} row ${i}`,
          );
          if (metric === 'share') assert.ok(shareMatches(share[0], f), `${share[0]} for ${f.destination} ${f.start}..${f.end}`);
        });
      }
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('both links are reachable by keyboard, named in the language, and hidden in print', onlyIn('chromium', 'the saved file is read through Playwright\'s download event'), async () => {
  for (const lang of ['en', 'ko']) {
    const { page, errors, context } = await openChart(env.browser, `${env.server.url}/embed.html`, { lang, width: 800, acceptDownloads: true });
    for (const name of LINKS[lang]) {
      const link = page.getByRole('link', { name });
      assert.equal(await link.count(), 1, name);
      assert.ok(await link.evaluate((a) => a.hasAttribute('download')), `${name} downloads`);
    }
    // Enter on the focused link downloads, as a click does; the CSV is made
    // then, and the link keeps it.
    const csv = page.getByRole('link', { name: LINKS[lang][0] });
    await csv.focus();
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.match(file.suggestedFilename(), new RegExp(`-${lang}\\.csv$`));
    assert.match(await csv.getAttribute('href'), /^data:text\/csv;charset=utf-8,/);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.kpop-chart__downloads').isVisible(), false);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

for (const [lang, width] of [['en', 800], ['ko', 375]]) {
  test(`"Download image" gives a PNG at twice the CSS size, with ink top to bottom (${lang}, ${width} px)`, onlyIn('chromium', 'the saved file is read through Playwright\'s download event'), async () => {
    const { page, errors, context } = await openChart(env.browser, `${env.server.url}/embed.html`, { lang, query: 'view=timeline&annotations=on', width, acceptDownloads: true });
    const plot = await plotBox(page);
    const { name, bytes } = await download(page, LINKS[lang][1]);
    assert.equal(name, `kpop-album-exports-every-period-dollars-${lang}.png`);
    // The PNG's own header: signature, then IHDR's width and height.
    assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
    const w = bytes.readUInt32BE(16);
    const h = bytes.readUInt32BE(20);
    assert.equal(w, Math.round(plot.w * 2), 'twice the exported area\'s CSS width');
    assert.ok(h > plot.h * 2 + 200, `the header and footer add height: ${h} vs plot ${plot.h * 2}`);
    // Decoded in the browser: ink in the header, the plot and the footer.
    const ink = await page.evaluate(async (b64) => {
      const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
      const bmp = await createImageBitmap(blob);
      const c = document.createElement('canvas');
      c.width = bmp.width;
      c.height = bmp.height;
      const g = c.getContext('2d');
      g.drawImage(bmp, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      const bands = [0, 0, 0];
      for (let i = 0; i < d.length; i += 4) {
        if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) {
          const y = Math.floor(i / 4 / c.width);
          bands[Math.min(2, Math.floor((3 * y) / c.height))]++;
        }
      }
      return { width: bmp.width, height: bmp.height, bands };
    }, bytes.toString('base64'));
    assert.deepEqual([ink.width, ink.height], [w, h]);
    for (const n of ink.bands) assert.ok(n > 2000, `a third of the image is blank: ${ink.bands}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the embed page posts AMP\'s embed-size message with its real height', async () => {
  const server = await host(`<!doctype html><html><body>
      <script>window.__amp = []; addEventListener('message', (e) => { if (e.data && e.data.sentinel === 'amp') window.__amp.push(e.data); });</script>
      <iframe src="${env.server.url}/embed.html?lang=en" width="600" height="200"></iframe>
    </body></html>`);
  const { page, context } = await openChart(env.browser, server.url, { width: 800, ink: 0 });
  await page.waitForFunction(() => window.__amp.length > 0);
  const embedded = await frameOf(page, '/embed.html');
  const frame = () => embedded;
  // The chart's height once it has drawn, as the frame measures it.
  await frame().waitForFunction(() => document.querySelector('[data-kpop-exports-chart]').shadowRoot?.querySelector('canvas')?.width > 0);
  const real = () => chartHeight(frame());
  await page.waitForFunction(async (h) => window.__amp.at(-1).height === h, await real(), { timeout: 5000 });
  const last = await page.evaluate(() => window.__amp.at(-1));
  assert.deepEqual(last, { sentinel: 'amp', type: 'embed-size', height: await real() });
  await context.close();
  await server.close();
});
