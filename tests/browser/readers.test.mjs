// Readers of every kind: keyboard, screen reader, mouse, touch, dark mode,
// forced colours, reduced motion, print, and axe-core's WCAG 2.2 AA rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createRequire } from 'node:module';
import { useBuildAndBrowser } from './setup.mjs';
import { openChart, snapshot, waitForChange, onlyIn, liveText, tableRows, summaryText, cornerPixel, colouredPixels, sideOverflow, PALETTES, cssRgb, opaque } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const WCAG22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const env = useBuildAndBrowser();

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  }, WCAG22_AA);
}

for (const width of [375, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe-core finds no WCAG 2.2 AA violations at ${width}px, ${colorScheme}`, async () => {
      const { page, errors, context } = await openChart(env.browser, env.server.url, { width, colorScheme });
      assert.equal(await page.locator('.kpop-chart').getAttribute('data-theme'), colorScheme);
      // Everything a reader can open: milestones on, the table shown, the timeline.
      await page.getByRole('switch', { name: 'Billboard milestones' }).click();
      await page.getByRole('button', { name: 'Show data' }).click();
      assert.deepEqual(await axe(page), []);
      await page.getByRole('button', { name: 'Every period' }).click();
      await page.getByRole('button', { name: 'Share of total' }).click();
      assert.deepEqual(await axe(page), []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test('keyboard only: one tab stop, arrows, announcements, Escape', async () => {
  const { page, errors, context } = await openChart(env.browser, env.server.url, { width: 1024 });
  const blurred = await snapshot(page);
  // Tab through the page until the chart has focus; it is one stop.
  let stops = 0;
  while (stops < 20) {
    await page.keyboard.press('Tab');
    stops++;
    if (await page.evaluate(() => __kactive()?.classList.contains('kpop-chart__plot'))) break;
  }
  assert.ok(stops < 20, 'the chart is reachable with Tab');
  assert.equal(await liveText(page), 'Japan, the first half of 2023: $48,523,000, 36.5% of all album exports.');
  const focused = await waitForChange(page, blurred);
  assert.notEqual(focused.hash, blurred.hash, 'a focus mark is drawn');
  const tooltip = page.locator('.kpop-chart__tooltip');
  assert.ok(await tooltip.isVisible());
  assert.match(await tooltip.textContent(), /Japan.*\$48,523,000.*36\.5% of all album exports.*Source: The Fact \/ Daum, 2023-07-18/);

  await page.keyboard.press('ArrowRight');
  assert.equal(await liveText(page), 'United States, the first half of 2023: $25,519,000, 19.2% of all album exports.');
  await page.keyboard.press('ArrowDown');
  assert.match(await liveText(page), /^China, the first half of 2023: \$22,640,000, 17\.0% of all album exports\.$/);
  await page.keyboard.press('Home');
  assert.match(await liveText(page), /^Japan/);
  await page.keyboard.press('End');
  assert.match(await liveText(page), /^China/);

  await page.keyboard.press('Escape');
  assert.ok(await tooltip.isHidden(), 'Escape dismisses the tooltip');
  // The next Tab leaves the chart: one tab stop only.
  await page.keyboard.press('Tab');
  assert.ok(!(await page.evaluate(() => __kactive()?.closest('.kpop-chart__plot'))));
  await page.keyboard.press('Shift+Tab');

  // With milestones on, nearby milestones are announced too.
  await page.getByRole('switch', { name: 'Billboard milestones' }).click();
  await page.locator('.kpop-chart__plot').focus();
  await page.keyboard.press('ArrowLeft');
  assert.match(await liveText(page), /Billboard milestones in this period: TXT: Billboard 200 No\. 1 \(2023-02-05\);.*Jimin: Hot 100 No\. 1 \(2023-04-03\)/);

  // On the timeline, left and right move between periods, up and down between destinations.
  await page.getByRole('button', { name: 'Every period' }).click();
  await page.locator('.kpop-chart__plot').focus();
  await page.keyboard.press('Control+Home');
  // Milestones are still on, so 2017's is read out with its figure.
  assert.equal(await liveText(page), 'All destinations, 2017: $44,182,000. Billboard milestones in this period: BTS: Top Social Artist (2017-05-21).');
  await page.keyboard.press('ArrowDown');
  assert.match(await liveText(page), /^Japan, January–November 2020: about \$60,000,000 \(rounded by the source to the nearest \$1 million\), about 49% of all album exports\./);
  await page.keyboard.press('ArrowRight');
  assert.match(await liveText(page), /^Japan, 2021: \$78,049,000, 35\.3% of all album exports\./);
  await page.keyboard.press('End');
  assert.match(await liveText(page), /^Japan, 2025: \$80,625,000/);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The centre of a bar in the default view, in page coordinates. */
async function barCentre(page, index) {
  return page.evaluate((i) => {
    // The pointer only reaches what is on screen: bring the plot into view first.
    const plot = __kq('.kpop-chart__plot');
    plot.scrollIntoView({ block: 'center' });
    const r = plot.getBoundingClientRect();
    return { x: r.left + (r.width - 16) * (i + 0.5) / 3 + 8, y: r.bottom - 60 };
  }, index);
}

test('mouse: hovering a bar shows its exact value; the tooltip is hoverable and leaves with the mouse', async () => {
  const { page, errors, context } = await openChart(env.browser, env.server.url, { width: 1024 });
  const tooltip = page.locator('.kpop-chart__tooltip');
  const us = await barCentre(page, 1);
  await page.mouse.move(us.x, us.y);
  await tooltip.waitFor({ state: 'visible' });
  const text = await tooltip.textContent();
  assert.match(text, /United States/);
  assert.match(text, /the first half of 2023/i);
  assert.match(text, /\$25,519,000/);
  assert.match(text, /19\.2% of all album exports/);
  assert.match(text, /Source: The Fact \/ Daum, 2023-07-18/);
  // It sits above the bar's value label, not over it.
  const tip = await tooltip.boundingBox();
  assert.ok(tip.y + tip.height <= us.y - 40, 'the tooltip does not cover the bar');
  // Moving onto the tooltip keeps it; Escape dismisses it.
  await page.mouse.move(tip.x + tip.width / 2, tip.y + tip.height / 2);
  assert.ok(await tooltip.isVisible(), 'the tooltip stays while hovered');
  await page.keyboard.press('Escape');
  await tooltip.waitFor({ state: 'hidden' });
  // Another bar brings it back; leaving the chart hides it.
  const china = await barCentre(page, 2);
  await page.mouse.move(china.x, china.y);
  await tooltip.waitFor({ state: 'visible' });
  assert.match(await tooltip.textContent(), /China.*\$22,640,000/);
  await page.mouse.move(5, 5);
  await tooltip.waitFor({ state: 'hidden' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('touch: tapping a bar shows its value inside the widget at 280 px; tapping elsewhere hides it', onlyIn('chromium', 'touch emulation (hasTouch, touchscreen) is Playwright\'s, in Chromium'), async () => {
  const { page, errors, context } = await openChart(env.browser, env.server.url, {
    width: 312,
    height: 800,
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
  });
  assert.equal(Math.round((await page.locator('.kpop-chart').boundingBox()).width), 280);
  const tooltip = page.locator('.kpop-chart__tooltip');
  for (const [i, name, value] of [[0, 'Japan', '$48,523,000'], [2, 'China', '$22,640,000']]) {
    const c = await barCentre(page, i);
    // Measured after barCentre has scrolled the chart into view.
    const widget = await page.locator('.kpop-chart').boundingBox();
    await page.touchscreen.tap(c.x, c.y);
    await tooltip.waitFor({ state: 'visible' });
    const text = await tooltip.textContent();
    assert.ok(text.includes(name) && text.includes(value), text);
    const tip = await tooltip.boundingBox();
    assert.ok(tip.x >= widget.x && tip.x + tip.width <= widget.x + widget.width, 'inside the widget horizontally');
    assert.ok(tip.y >= widget.y && tip.y + tip.height <= widget.y + widget.height, 'inside the widget vertically');
  }
  // A tap on empty plot (the top-right corner, above China's value) hides it.
  const plot = await page.locator('.kpop-chart__plot').boundingBox();
  await page.touchscreen.tap(plot.x + plot.width - 4, plot.y + 4);
  await tooltip.waitFor({ state: 'hidden' });
  // So does a tap anywhere outside the chart.
  const c = await barCentre(page, 1);
  await page.touchscreen.tap(c.x, c.y);
  await tooltip.waitFor({ state: 'visible' });
  const title = await page.locator('.kpop-chart__title').boundingBox();
  await page.touchscreen.tap(title.x + 10, title.y + 5);
  await tooltip.waitFor({ state: 'hidden' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('dark mode follows prefers-color-scheme and draws the canvas dark', onlyIn('chromium', 'switches the scheme of an open page (emulateMedia); Firefox and WebKit start dark in the axe tests'), async () => {
  const { page, errors, context } = await openChart(env.browser, env.server.url, { width: 800, colorScheme: 'dark' });
  assert.deepEqual(await cornerPixel(page), opaque(PALETTES.dark.background));
  const before = await snapshot(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await waitForChange(page, before);
  assert.deepEqual(await cornerPixel(page), opaque(PALETTES.light.background));
  assert.equal(await page.locator('.kpop-chart').getAttribute('data-theme'), 'light');
  assert.deepEqual(errors, []);
  await context.close();
});

test('forced colours redraw the canvas in the system colours', onlyIn('chromium', 'forced colours are emulated through Playwright (emulateMedia)'), async () => {
  const { page, errors, context } = await openChart(env.browser, env.server.url, { width: 800 });
  const before = await snapshot(page);
  await page.emulateMedia({ forcedColors: 'active' });
  const forced = await waitForChange(page, before);
  // Two colours only: every pixel is the system background, the system text
  // colour, or an anti-aliased blend of the two (no series hues).
  const hues = await colouredPixels(page);
  assert.ok(forced.ink > 1000);
  assert.equal(hues, 0, 'no series colour is left in forced-colours mode');
  assert.deepEqual(errors, []);
  await context.close();
});

test('reduced motion removes the only transition', onlyIn('chromium', 'switches reduced motion on an open page (emulateMedia)'), async () => {
  const { page, context } = await openChart(env.browser, env.server.url, { width: 800, reducedMotion: 'no-preference' });
  const duration = () => page.evaluate(() => getComputedStyle(__kq('.kpop-chart__track'), '::after').transitionDuration);
  assert.equal(await duration(), '0.15s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  assert.equal(await duration(), '0s');
  await context.close();
});

test('print: the chart prints on white without the controls, even in dark mode', onlyIn('chromium', 'print media is emulated through Playwright (emulateMedia)'), async () => {
  const { page, errors, context } = await openChart(env.browser, env.server.url, { width: 800, colorScheme: 'dark' });
  // The legend's first marker (Japan) is in the canvas's palette: dark on
  // screen, light in print, like the canvas beside it.
  const LIGHT_JAPAN = cssRgb(PALETTES.light.series.japan);
  const markerFill = () => page.evaluate(() => getComputedStyle(__kq('.kpop-chart__marker')).fill);
  assert.equal(await markerFill(), cssRgb(PALETTES.dark.series.japan), 'on screen the legend is dark');
  const before = await snapshot(page);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await waitForChange(page, before);
  assert.deepEqual(await cornerPixel(page), opaque(PALETTES.light.background));
  await page.waitForFunction((fill) => getComputedStyle(__kq('.kpop-chart__marker')).fill === fill, LIGHT_JAPAN, { timeout: 5000 }).catch(() => {});
  assert.equal(await markerFill(), LIGHT_JAPAN, 'the legend prints in the light palette, as the canvas does');
  assert.ok(await page.locator('.kpop-chart__controls').isHidden());
  const bg = await page.evaluate(() => getComputedStyle(__kq('.kpop-chart')).backgroundColor);
  assert.equal(bg, cssRgb(PALETTES.light.background));
  // The words around the canvas print black too, not in the dark theme's
  // light greys (the stylesheet's dark values are for screens only).
  const inks = await page.evaluate(() => ['.kpop-chart__subtitle', '.kpop-chart__notes', '.kpop-chart__source'].map((s) => getComputedStyle(__kq(s)).color));
  assert.deepEqual(inks, ['rgb(0, 0, 0)', 'rgb(0, 0, 0)', 'rgb(0, 0, 0)']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('controls are real buttons of at least 24×24 px and reflow at 320 px', async () => {
  const { page, context } = await openChart(env.browser, env.server.url, { width: 320, height: 800 });
  const sizes = await page.evaluate(() => Array.from(__kqa('.kpop-chart button')).map((b) => {
    const r = b.getBoundingClientRect();
    return { name: b.textContent.trim(), w: r.width, h: r.height, right: r.right };
  }));
  assert.ok(sizes.length >= 6);
  for (const s of sizes) {
    assert.ok(s.w >= 24 && s.h >= 24, `${s.name} is ${s.w}×${s.h}`);
    assert.ok(s.right <= 320, `${s.name} reaches ${s.right}px`);
  }
  assert.equal(await sideOverflow(page), 0);
  await context.close();
});

test('the data table lists every plotted value with its period and source', async () => {
  const { page, context } = await openChart(env.browser, env.server.url, { width: 1024 });
  const toggle = page.getByRole('button', { name: 'Show data' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.click();
  assert.equal(await page.getByRole('button', { name: 'Hide data' }).getAttribute('aria-expanded'), 'true');
  const rows = await tableRows(page).allTextContents();
  assert.equal(rows.length, 4);
  assert.ok(rows.some((r) => r.includes('United States') && r.includes('$25,519,000') && r.includes('19.2%') && r.includes('The Fact / Daum, 2023-07-18')), rows.join('\n'));
  await page.getByRole('button', { name: 'Every period' }).click();
  assert.equal(await tableRows(page).count(), 40);
  assert.match(await summaryText(page), /The United States was ahead of China in Jan–Nov 2020, H1 2023/);
  await context.close();
});
