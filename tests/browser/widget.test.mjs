// Browser tests of the release build: drawing, the toggle, the views, the
// pixel ratio and resizing, in each engine (engines.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBuildAndBrowser } from './setup.mjs';
import { openChart, snapshot, waitForChange, onlyIn, plotBox, sideOverflow } from './harness.mjs';

const env = useBuildAndBrowser();

test('the page loads with no console errors and the canvas has ink', async () => {
  const { page, errors, context } = await openChart(env.browser, env.server.url, { width: 1280 });
  const s = await snapshot(page);
  assert.ok(s.ink > 5000, `only ${s.ink} inked pixels`);
  // The canvas fills its CSS box, and the box's size comes from CSS alone.
  const box = await plotBox(page);
  assert.equal(s.cssWidth, box.w);
  assert.equal(s.cssHeight, box.h);
  assert.equal(await page.locator('h2.kpop-chart__title').count(), 1);
  assert.match(await page.locator('canvas').getAttribute('aria-label'), /United States \$25\.519M \(19\.2% of the total\)/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the annotation toggle changes the pixels and toggling back restores them exactly', async () => {
  const { page, errors, context } = await openChart(env.browser, env.server.url, { width: 1024 });
  const toggle = page.getByRole('switch', { name: 'Billboard milestones' });
  assert.equal(await toggle.getAttribute('aria-checked'), 'false');
  const off = await snapshot(page);
  await toggle.click();
  const on = await waitForChange(page, off);
  assert.equal(await toggle.getAttribute('aria-checked'), 'true');
  assert.notEqual(on.hash, off.hash);
  assert.equal(on.width, off.width);
  await toggle.click();
  const back = await waitForChange(page, on);
  assert.equal(await toggle.getAttribute('aria-checked'), 'false');
  assert.equal(back.hash, off.hash, 'toggling twice must restore every pixel');
  // Keyboard users get the same control.
  await toggle.focus();
  await page.keyboard.press('Space');
  const again = await waitForChange(page, back);
  assert.equal(again.hash, on.hash);
  assert.deepEqual(errors, []);
  await context.close();
});

test('switching views and metrics redraws', async () => {
  const { page, errors, context } = await openChart(env.browser, env.server.url, { width: 1024 });
  const first = await snapshot(page);
  const every = page.getByRole('button', { name: 'Every period' });
  await every.click();
  const timeline = await waitForChange(page, first);
  assert.equal(await every.getAttribute('aria-pressed'), 'true');
  assert.ok(timeline.ink > 3000);
  assert.match(await page.locator('.kpop-chart__subtitle').textContent(), /every sourced period/);
  await page.getByRole('button', { name: 'Share of total' }).click();
  const share = await waitForChange(page, timeline);
  assert.notEqual(share.hash, timeline.hash);
  await page.getByRole('button', { name: 'US dollars' }).click();
  await page.getByRole('button', { name: 'First half of 2023' }).click();
  const back = await waitForChange(page, share);
  assert.equal(back.hash, first.hash);
  assert.deepEqual(errors, []);
  await context.close();
});

test('at device pixel ratio 2 the backing store is twice the CSS size', async () => {
  const { page, errors, context } = await openChart(env.browser, env.server.url, {
    width: 390,
    height: 844,
    deviceScaleFactor: 2,
  });
  const s = await snapshot(page);
  assert.equal(s.width, Math.round(s.cssWidth * 2));
  assert.equal(s.height, Math.round(s.cssHeight * 2));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a pixel-ratio change redraws at the new ratio', onlyIn('chromium', 'changing the ratio of an open page needs CDP; Firefox and WebKit set it per session, which the ratio-2 test covers'), async () => {
  // Zooming changes the ratio and the window together. Headless Chromium
  // only runs a rendering update (where observers and media queries fire)
  // when the viewport changes, so each step moves the window a little, while
  // the widget's column, and so its CSS size, stays the same: any change in
  // the backing store comes from the ratio alone.
  const { page, errors, context } = await openChart(env.browser, env.server.url, { width: 1280 });
  const one = await snapshot(page);
  assert.equal(one.width, Math.round(one.cssWidth));
  const cdp = await context.newCDPSession(page);
  let prev = one;
  for (const [width, ratio] of [[1200, 3], [1100, 2], [1000, 1]]) {
    await cdp.send('Emulation.setDeviceMetricsOverride', { width, height: 900, deviceScaleFactor: ratio, mobile: false });
    const s = await waitForChange(page, prev);
    assert.equal(s.cssWidth, one.cssWidth, 'the column keeps its CSS width');
    assert.equal(s.width, Math.round(s.cssWidth * ratio), `backing store at ratio ${ratio}`);
    assert.equal(s.height, Math.round(s.cssHeight * ratio));
    prev = s;
  }
  assert.equal(prev.hash, one.hash, 'back at ratio 1 the pixels are the original ones');
  assert.deepEqual(errors, []);
  await context.close();
});

test('resizing the viewport redraws at the new width', async () => {
  const { page, errors, context } = await openChart(env.browser, env.server.url, { width: 1280 });
  let prev = await snapshot(page);
  for (const width of [320, 480, 600, 280]) {
    await page.setViewportSize({ width, height: 900 });
    const s = await waitForChange(page, prev);
    const css = await page.evaluate(() => __kq('.kpop-chart__plot').getBoundingClientRect().width);
    assert.equal(s.width, Math.round(css), `at ${width}px the canvas follows its box`);
    assert.ok(s.ink > 2000, `at ${width}px the canvas has ink`);
    // No horizontal scrolling at any width.
    assert.equal(await sideOverflow(page), 0, `horizontal overflow at ${width}px`);
    prev = s;
  }
  assert.deepEqual(errors, []);
  await context.close();
});
