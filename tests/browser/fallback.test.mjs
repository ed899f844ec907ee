// The static fallback: what readers without scripts get, and the swap to the
// live chart without moving anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBuildAndBrowser } from './setup.mjs';
import { openChart, onlyIn, PALETTES } from './harness.mjs';

const env = useBuildAndBrowser();

for (const path of ['/', '/embed.html']) {
  test(`with JavaScript disabled, ${path} shows the picture and the figures`, onlyIn('chromium', 'Firefox\'s and WebKit\'s WebDriver read a page through scripts, which turning JavaScript off stops; the static picture and table without the wasm are tested in all three (faults.test.mjs)'), async () => {
    const { page, context } = await openChart(env.browser, `${env.server.url}${path}`, { width: 800, javaScriptEnabled: false, colorScheme: 'light', ink: 0 });
    // The picture is in the page: the light one, for a light reader.
    const picture = page.locator('.kpop-chart__picture--light');
    await picture.waitFor({ state: 'visible' });
    assert.ok(!(await page.locator('.kpop-chart__picture--dark').isVisible()), 'one picture shows');
    const box = await picture.boundingBox();
    assert.ok(box.width > 300 && box.height > 200, JSON.stringify(box));
    assert.equal(await picture.getAttribute('role'), 'img');
    assert.match(await picture.getAttribute('aria-label'), /United States \$25\.519M \(19\.2% of the total\)/);
    assert.match(await picture.textContent(), /\$25\.519M/, 'the renderer\'s drawing, inline');
    // The table is open and its figures are on screen.
    const us = page.locator('.kpop-chart__table tbody tr', { hasText: 'United States' });
    assert.ok(await us.isVisible(), 'the data table is visible');
    const row = await us.textContent();
    assert.ok(row.includes('$25,519,000') && row.includes('19.2%') && row.includes('The Fact / Daum, 2023-07-18'), row);
    assert.equal(await page.locator('.kpop-chart__title').textContent(), 'The US overtook China as the second-largest market for K-pop albums');
    await context.close();
  });
}

test('the pictures are drawn by the same renderer: their labels are the chart\'s figures, in both palettes', async () => {
  const en = await (await fetch(`${env.server.url}/embed.html`)).text();
  const pictures = en.match(/<svg class="kpop-chart__picture[^]*?<\/svg>/g) ?? [];
  assert.deepEqual(pictures.map((p) => p.match(/kpop-chart__picture--(\w+)/)[1]), ['light', 'dark']);
  for (const [i, svg] of pictures.entries()) {
    for (const label of ['$48.523M', '$25.519M', '$22.640M', '36.5% of total', '19.2% of total', '17.0% of total']) {
      assert.ok(svg.includes(label), `${label} missing from picture ${i}`);
    }
    // Each on its own palette's background.
    const [r, g, b] = PALETTES[i ? 'dark' : 'light'].background;
    const hex = [r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('').toUpperCase();
    assert.match(svg, new RegExp(`^<svg[^>]*><rect [^>]*fill="#${hex}"`), `picture ${i}'s background`);
  }
  // The files for AMP's placeholder and feeds: the light pictures.
  const file = await (await fetch(`${env.server.url}/fallback-en.svg`)).text();
  assert.ok(file.includes('$25.519M') && file.includes('fill="#FFFFFF"'));
  const ko = await (await fetch(`${env.server.url}/fallback-ko.svg`)).text();
  assert.ok(ko.includes('미국') && ko.includes('2551만9000 달러'));
});

for (const path of ['/', '/embed.html']) {
  test(`the live chart replaces the picture on ${path} with no layout shift`, async () => {
    // Slow the wasm down so the picture is certainly on screen first.
    const slow = { match: /\.wasm$/, delay: 400 };
    env.server.faults.push(slow);
    const init = () => {
      // Where the picture stands as soon as the page is parsed, before the
      // chart can replace it.
      document.addEventListener('DOMContentLoaded', () => {
        window.__pictureTop = document.querySelector('.kpop-chart__picture')?.getBoundingClientRect().top;
        window.__staticHeight = document.querySelector('[data-kpop-exports-chart]').getBoundingClientRect().height;
      });
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.hadRecentInput) continue;
          // What moved, for the failure message.
          const moved = (e.sources ?? []).map((m) => `${m.node?.nodeName ?? '?'}.${m.node?.className ?? ''} ${JSON.stringify(m.previousRect)} -> ${JSON.stringify(m.currentRect)}`);
          window.__shifts.push({ value: e.value, at: Math.round(e.startTime), moved });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    };
    const { page, pageErrors: errors, context } = await openChart(env.browser, `${env.server.url}${path}`, { width: 1280, init, ink: 0 });
    const pictureTop = await page.evaluate(() => window.__pictureTop);
    assert.equal(typeof pictureTop, 'number', 'the picture was on the page first');
    await page.locator('canvas.kpop-chart__canvas').waitFor({ state: 'visible' });
    await page.waitForTimeout(500);
    const canvasTop = await page.locator('canvas.kpop-chart__canvas').evaluate((c) => c.getBoundingClientRect().top);
    assert.equal(canvasTop, pictureTop, 'the canvas takes the picture\'s place');
    // The same height, so nothing below the chart moves either (a shift
    // there is outside this viewport, where the observer can't see it).
    const [before, after] = await page.evaluate(() => [window.__staticHeight, document.querySelector('[data-kpop-exports-chart]').getBoundingClientRect().height]);
    assert.ok(Math.abs(after - before) < 1, `the chart was ${before} px tall as a picture and is ${after} px live`);
    const shifts = await page.evaluate(() => window.__shifts);
    const cls = shifts.reduce((a, b) => a + b.value, 0);
    assert.equal(cls, 0, `cumulative layout shift ${cls}: ${JSON.stringify(shifts)}`);
    assert.deepEqual(errors, []);
    env.server.faults.splice(env.server.faults.indexOf(slow), 1);
    await context.close();
  });
}
