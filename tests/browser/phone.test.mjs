// Every period on a phone: at 280, 375 and 560 px, in English and Korean,
// the every-period view is drawn as rows that grow in height, and every
// way of reading it still works: hover, tap, keyboard in row order with
// announcements, the data table, dark mode, forced colours and print.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBuildAndBrowser } from './setup.mjs';
import { openChart, snapshot, waitForChange, onlyIn, liveText, tableRows, plotBox, cornerPixel, colouredPixels, PALETTES, opaque } from './harness.mjs';

const env = useBuildAndBrowser();

const WORDS = {
  en: {
    all: 'All destinations', japan: 'Japan', china: 'China', us: 'United States',
    y2017: '2017', y2018: '2018', y2020: '2020', y2021: '2021', jn2020: 'January–November 2020', jn2022: 'January–November 2022',
    showData: 'Show data', milestones: 'Billboard milestones', total2021: '$220,836,000',
  },
  ko: {
    all: '전체 수출', japan: '일본', china: '중국', us: '미국',
    y2017: '2017년', y2018: '2018년', y2020: '2020년', y2021: '2021년', jn2020: '2020년 1~11월', jn2022: '2022년 1~11월',
    showData: '데이터 보기', milestones: '빌보드 기록', total2021: '2억2083만6000 달러',
  },
};

// Each test opens the chart alone (the iframe's page), 800 px tall, every
// period shown: /embed.html?lang=…&view=timeline.

/**
 * Moves the mouse down the plot at `x` (plot pixels) and returns, in order,
 * each distinct tooltip met: its title and period line.
 */
async function sweepTooltips(page, x) {
  const tooltip = page.locator('.kpop-chart__tooltip');
  const seen = [];
  const box = await plotBox(page);
  let now = box;
  for (let y = 2; y < box.h; y += 4) {
    // Scroll only when the row leaves the screen, so the pointer really
    // moves each step: an engine may send no event for a pointer that stays
    // put while the page scrolls under it (WebKit doesn't).
    const at = now.y + y;
    if (at < 40 || at > (await page.evaluate(() => innerHeight)) - 40) {
      await page.evaluate((top) => window.scrollTo(0, top), box.top + y - 100);
      now = await plotBox(page);
    }
    await page.mouse.move(now.x + x, now.y + y);
    if (!(await tooltip.isVisible())) continue;
    const t = await page.evaluate(() => Array.from(__kq('.kpop-chart__tooltip').children).map((e) => e.textContent).slice(0, 2).join(' | '));
    if (seen[seen.length - 1] !== t) seen.push(t);
    // Put it away (Escape, as a reader would), so it can't hide the next row.
    await page.keyboard.press('Escape');
  }
  return seen;
}

for (const lang of ['en', 'ko']) {
  const w = WORDS[lang];
  for (const width of [280, 375, 560]) {
    test(`${lang} ${width}px: the every-period view is rows, taller than wide, and hover reads them in date order`, async () => {
      const { page, errors, context } = await openChart(env.browser, `${env.server.url}/embed.html`, { lang, query: 'view=timeline', width, height: 800 });
      const box = await plotBox(page);
      // The page's width less a scrollbar where the engine's scrollbars take room.
      assert.equal(Math.round(box.w), await page.evaluate(() => document.documentElement.clientWidth));
      assert.ok(box.h > box.w, `taller than wide: ${box.w}×${box.h}`);
      assert.match(box.style ?? '', /height: \d+px/, 'the box takes the rows\' height');
      assert.equal(box.backing, Math.round(box.h), 'the canvas is drawn at the box\'s height');
      // Down the left edge: each period's largest destination, in date order.
      const tips = await sweepTooltips(page, 30);
      const japan = tips.filter((t) => t.startsWith(w.japan));
      assert.equal(japan.length, 9, tips.join('\n'));
      assert.ok(japan[0].includes(w.jn2020) && japan[1].includes(w.y2021), japan.join('\n'));
      // Down the right edge: each period's total, 2017 first.
      const totals = (await sweepTooltips(page, box.w - 20)).filter((t) => t.startsWith(w.all));
      assert.equal(totals.length, 13, totals.join('\n'));
      assert.ok(totals[0].includes(w.y2017), totals[0]);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test(`${lang} 375px: the keyboard moves row by row with announcements`, async () => {
    const { page, errors, context } = await openChart(env.browser, `${env.server.url}/embed.html`, { lang, query: 'view=timeline', width: 375, height: 800 });
    await page.locator('.kpop-chart__plot').focus();
    await page.keyboard.press('Control+Home');
    const tooltip = page.locator('.kpop-chart__tooltip');
    const expect = async (key, name, period) => {
      if (key) await page.keyboard.press(key);
      const said = await liveText(page);
      assert.ok(said.startsWith(`${name}, ${period}`), `${key}: ${said}`);
      assert.ok(await tooltip.isVisible(), 'the tooltip follows the keyboard');
      assert.ok((await tooltip.textContent()).includes(name));
    };
    await expect(null, w.all, w.y2017);
    await expect('ArrowDown', w.all, w.y2018);
    await expect('ArrowDown', w.all, `${w.y2018.replace('8', '9')}`);
    await expect('ArrowDown', w.all, w.jn2020);
    // Along the row: the total, then the destinations from the largest down.
    await expect('ArrowRight', w.japan, w.jn2020);
    await expect('ArrowRight', w.us, w.jn2020);
    await expect('ArrowDown', w.all, w.y2020);
    await expect('ArrowDown', w.all, w.y2021);
    await expect('ArrowRight', w.japan, w.y2021);
    // In 2021 China was ahead of the US: its row reads China second.
    await expect('ArrowRight', w.china, w.y2021);
    await expect('ArrowDown', w.china, w.jn2022);
    await page.keyboard.press('Escape');
    assert.ok(await tooltip.isHidden());
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${lang} 280px: a tap shows a value inside the widget; milestones are rows, not a numbered key`, onlyIn('chromium', 'touch emulation (hasTouch, touchscreen) is Playwright\'s, in Chromium'), async () => {
    const { page, errors, context } = await openChart(env.browser, `${env.server.url}/embed.html`, { lang, query: 'view=timeline&annotations=on', width: 280, height: 800, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    const box = await plotBox(page);
    assert.ok(box.h > box.w);
    assert.equal(box.backing, Math.round(box.h * 2), 'sharp at a pixel ratio of 2');
    assert.equal(await page.locator('.kpop-chart__key-item').count(), 0, 'no numbered milestone key on a phone');
    // 2021's total sits at the right of its row's head: find it by tapping down the right edge.
    const tooltip = page.locator('.kpop-chart__tooltip');
    let found = null;
    for (let y = 2; y < box.h && !found; y += 6) {
      await page.evaluate((top) => window.scrollTo(0, top), box.top + y - 300);
      const now = await plotBox(page);
      await page.touchscreen.tap(now.x + box.w - 20, now.y + y);
      if ((await tooltip.isVisible()) && (await tooltip.textContent()).includes(w.y2021)) found = y;
    }
    assert.ok(found, 'a tap on 2021\'s total shows it');
    const text = await tooltip.textContent();
    assert.ok(text.includes(w.all) && text.includes(w.total2021), text);
    const tip = await tooltip.boundingBox();
    const widget = await page.locator('.kpop-chart').boundingBox();
    assert.ok(tip.x >= widget.x && tip.x + tip.width <= widget.x + widget.width, 'inside the widget');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${lang} 375px: the data table lists every figure; dark mode, forced colours and print redraw the rows`, onlyIn('chromium', 'print and forced colours are emulated through Playwright (emulateMedia)'), async () => {
    const { page, errors, context } = await openChart(env.browser, `${env.server.url}/embed.html`, { lang, query: 'view=timeline', width: 375, height: 800, colorScheme: 'dark' });
    await page.getByRole('button', { name: w.showData }).click();
    assert.equal(await tableRows(page).count(), 40);
    assert.deepEqual(await cornerPixel(page), opaque(PALETTES.dark.background), 'dark canvas');
    let before = await snapshot(page);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await waitForChange(page, before);
    assert.deepEqual(await cornerPixel(page), opaque(PALETTES.light.background), 'prints on white');
    assert.ok(await page.locator('.kpop-chart__controls').isHidden());
    const printed = await plotBox(page);
    assert.ok(printed.h > printed.w, 'the rows print at their height');
    before = await snapshot(page);
    await page.emulateMedia({ media: 'screen', colorScheme: 'light', forcedColors: 'active' });
    await waitForChange(page, before);
    const hues = await colouredPixels(page);
    assert.equal(hues, 0, 'no series colour is left in forced-colours mode');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the rows give way to the time axis above 560 px, and the box to the stylesheet', async () => {
  const { page, errors, context } = await openChart(env.browser, `${env.server.url}/embed.html`, { lang: 'en', query: 'view=timeline', width: 375, height: 800 });
  const narrow = await plotBox(page);
  assert.ok(narrow.h > narrow.w);
  // The canvas's description says how the rows are laid out, and stops
  // saying it when the time axis is back.
  const label = () => page.evaluate(() => __kq('canvas.kpop-chart__canvas').getAttribute('aria-label'));
  const ROWS = 'each period is drawn as a row of its own';
  assert.ok((await label()).includes(ROWS), await label());
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.waitForFunction(() => __kq('.kpop-chart__plot').getBoundingClientRect().width === document.documentElement.clientWidth && innerWidth === 1280);
  await page.waitForFunction(() => !__kq('.kpop-chart__plot').getAttribute('style'));
  const wide = await plotBox(page);
  assert.equal(Math.round(wide.h), 480, 'the stylesheet\'s clamp(320px, 60cqw, 480px)');
  assert.ok(!(await label()).includes(ROWS), await label());
  await page.waitForFunction(() => __kq('canvas.kpop-chart__canvas').height === 480);
  // The first-half-2023 view is not rows at any width.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.getByRole('button', { name: 'First half of 2023' }).click();
  await page.waitForFunction(() => !__kq('.kpop-chart__plot').getAttribute('style'));
  assert.equal(Math.round((await plotBox(page)).h), 320);
  assert.deepEqual(errors, []);
  await context.close();
});
