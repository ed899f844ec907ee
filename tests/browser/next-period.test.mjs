// The release build made with a next period added to the data: the shipped
// files plus an invented first half of 2026 (tests/fixtures/next-period.csv,
// test-only), which scripts/check.sh builds into target/dist-next-period
// (KPOP_DIST_NEXT_PERIOD). Without a code change, the new period must reach
// the time axis, the keyboard, the table, the summary, the downloads and
// the comparison's `period` option, with a title true of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { useBuildAndBrowser } from './setup.mjs';
import { openChart, snapshot, waitForChange, onlyIn, liveText, tableRows, summaryText, download } from './harness.mjs';

const NEXT = path.resolve(process.env.KPOP_DIST_NEXT_PERIOD
  ?? path.join(path.dirname(new URL(import.meta.url).pathname), '../../target/dist-next-period'));
const env = useBuildAndBrowser(NEXT);

// The invented rows, read from the fixture itself so the test can't drift from it.
const FIXTURE = fs.readFileSync(new URL('../fixtures/next-period.csv', import.meta.url), 'utf8')
  .split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(','));
const kusd = (dest) => Number(FIXTURE.find((r) => r[2] === dest)[3]);
/** `41250` thousand dollars as the table writes it: `$41,250,000`. */
const dollars = (k) => `$${(k * 1000).toLocaleString('en-US')}`;

test('the next-period build exists (scripts/check.sh makes it)', () => {
  assert.equal(FIXTURE.length, 4, 'the fixture adds four rows');
  assert.ok(fs.existsSync(path.join(NEXT, 'index.html')), `no build at ${NEXT}`);
});

test('every period: the new half-year is on the axis, in the keyboard order, the table and the summary', async () => {
  const { page, errors, context } = await openChart(env.browser, env.server.url, { width: 1280 });
  const first = await snapshot(page);
  await page.getByRole('button', { name: 'Every period' }).click();
  await waitForChange(page, first);
  // The last figure in time on Japan's line is the new one.
  await page.locator('.kpop-chart__plot').focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  assert.equal(
    await liveText(page),
    `Japan, the first half of 2026: ${dollars(kusd('japan'))}, ${(100 * kusd('japan') / kusd('all')).toFixed(1)}% of all album exports.`,
  );
  // Its tooltip sits inside the chart (a span drawn past the plot would take it out).
  const tip = await page.locator('.kpop-chart__tooltip').boundingBox();
  const plot = await page.locator('.kpop-chart').boundingBox();
  assert.ok(tip && tip.x >= plot.x - 1 && tip.x + tip.width <= plot.x + plot.width + 1, JSON.stringify({ tip, plot }));
  // The table lists the new rows with their (invented) source.
  await page.getByRole('button', { name: 'Show data' }).click();
  const rows = await tableRows(page).allTextContents();
  for (const [dest, name] of [['all', 'All destinations'], ['japan', 'Japan'], ['united_states', 'United States'], ['china', 'China']]) {
    assert.ok(rows.some((r) => r.includes('H1 2026') && r.includes(name) && r.includes(dollars(kusd(dest))) && r.includes('TEST FIXTURE')), `${name}:\n${rows.join('\n')}`);
  }
  // The summary's sentences reach the new period.
  assert.match(await summaryText(page), /H1 2026/);
  // The legend and notes don't promise more than the data has.
  assert.match(await page.locator('.kpop-chart').textContent(), /short dashes for January to June/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('period=2026-h1 compares the new half-year under a title that is true of it, in both languages', async () => {
  const { page, errors, context } = await openChart(env.browser, `${env.server.url}/embed.html?period=2026-h1`, { width: 1024 });
  // The fixture's US is ahead of China; in 2025 China was ahead of the US.
  assert.equal(await page.locator('h2.kpop-chart__title').textContent(), 'The US overtook China as the second-largest market for K-pop albums');
  assert.match(await page.locator('.kpop-chart__subtitle').textContent(), /the first half of 2026/);
  assert.equal(await page.getByRole('button', { name: 'First half of 2026' }).getAttribute('aria-pressed'), 'true');
  const label = await page.locator('canvas').getAttribute('aria-label');
  assert.match(label, /first half of 2026/);
  assert.match(label, new RegExp(`United States \\$${(kusd('united_states') / 1000).toString().replace('.', '\\.')}`));
  assert.deepEqual(errors, []);
  await context.close();

  const ko = await openChart(env.browser, `${env.server.url}/embed.html?lang=ko&period=2026-h1`, { width: 375, height: 800 });
  assert.equal(await ko.page.locator('h2.kpop-chart__title').textContent(), '미국, 중국 제치고 K팝 음반 2위 수출국으로');
  assert.match(await ko.page.locator('.kpop-chart__subtitle').textContent(), /2026년 상반기/);
  assert.deepEqual(ko.errors, []);
  await ko.context.close();
});

test('the downloads carry the new half-year: the CSV of every period and of its comparison, the image named for it', onlyIn('chromium', 'the saved file is read through Playwright\'s download event'), async () => {
  const { page, errors, context } = await openChart(env.browser, `${env.server.url}/embed.html?view=timeline`, { width: 1024, acceptDownloads: true });
  const every = await download(page, 'Get the data');
  assert.equal(every.name, 'kpop-album-exports-every-period-dollars-en.csv');
  const everyText = every.bytes.toString('utf8');
  for (const [start, end, dest, value] of FIXTURE) {
    const name = { all: 'All destinations', japan: 'Japan', united_states: 'United States', china: 'China' }[dest];
    assert.ok(everyText.includes(`${start},${end},${name},${value},1,TEST FIXTURE (invented),2026-07-15`), `${dest}:\n${everyText}`);
  }
  await page.goto(`${env.server.url}/embed.html?period=2026-h1&metric=share`);
  await page.getByRole('link', { name: 'Get the data' }).waitFor();
  const compared = await download(page, 'Get the data');
  assert.equal(compared.name, 'kpop-album-exports-2026-h1-share-en.csv');
  const comparedText = compared.bytes.toString('utf8');
  const rows = comparedText.trim().split('\r\n').filter((l) => l.startsWith('2026-01,2026-06,'));
  assert.equal(rows.length, 3, comparedText);
  const image = await download(page, 'Download image');
  assert.equal(image.name, 'kpop-album-exports-2026-h1-share-en.png');
  assert.deepEqual(errors, []);
  await context.close();
});
