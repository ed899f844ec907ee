// The hover tooltip never covers what it explains: at every width from a
// 280 px embed to a 1600 px page, in both languages, hovering each bar of
// the default view shows a tooltip inside the widget that covers neither
// that bar nor any bar's value labels. The bars and labels are found in
// the canvas's own pixels, so the test checks what the reader sees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBuildAndBrowser } from './setup.mjs';
import { openChart } from './harness.mjs';

const env = useBuildAndBrowser();

const WIDTHS = [280, 320, 375, 414, 600, 1024, 1600];
const NAMES = {
  en: ['Japan', 'United States', 'China'],
  ko: ['일본', '미국', '중국'],
};

/**
 * Brings the plot into view and reads, from the canvas's pixels, each bar's
 * box and the box of the value labels above it, in page pixels, and the
 * widget's box. The default view draws three categories across the canvas
 * inside an 8 px margin, each bar centred in its own with a width of 62%
 * of it (at most 150 px), its labels above it and nothing else there.
 */
function readBars() {
  const canvas = __kq('canvas.kpop-chart__canvas');
  canvas.parentElement.scrollIntoView({ block: 'center' });
  const r = canvas.getBoundingClientRect();
  const k = canvas.width / r.width;
  const { data, width: W, height: H } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  const at = (x, y) => {
    const i = (Math.round(y) * W + Math.round(x)) * 4;
    return [data[i], data[i + 1], data[i + 2]];
  };
  const differ = (p, q) => Math.max(...p.map((v, j) => Math.abs(v - q[j])));
  const bg = at(2, 2);
  const ink = (p) => differ(p, bg) > 48;
  const box = (x0, y0, x1, y1) => ({ x: r.left + x0 / k, y: r.top + y0 / k, width: (x1 - x0) / k, height: (y1 - y0) / k });
  const category = (r.width - 16) / 3;
  const bars = [];
  const labels = [];
  for (let i = 0; i < 3; i++) {
    const cx = (8 + category * (i + 0.5)) * k;
    const half = (Math.min(category * 0.62, 150) / 3) * k;
    // The bar's top: the first row with a solid run of one colour across
    // its middle third (no text has one).
    let top = -1;
    for (let y = 0; y < H && top < 0; y++) {
      const fill = at(cx - half, y);
      let solid = ink(fill);
      for (let x = cx - half; solid && x <= cx + half; x++) solid = differ(at(x, y), fill) < 10;
      if (solid) top = y;
    }
    const fill = at(cx - half, top + 2);
    let bottom = top + 2;
    while (bottom < H && differ(at(cx - half, bottom), fill) < 10) bottom++;
    let left = cx - half;
    while (left > 0 && differ(at(left - 1, top + 2), fill) < 10) left--;
    let right = cx + half;
    while (right < W - 1 && differ(at(right + 1, top + 2), fill) < 10) right++;
    bars.push(box(left, top, right + 1, bottom));
    // The labels: every inked pixel of the category above the bar.
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    const c0 = Math.round((8 + category * i) * k);
    const c1 = Math.round((8 + category * (i + 1)) * k);
    for (let y = 0; y < top; y++) {
      for (let x = c0; x < c1; x++) {
        if (!ink(at(x, y))) continue;
        [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x + 1), Math.max(y1, y + 1)];
      }
    }
    if (x0 < x1) labels.push(box(x0, y0, x1, y1));
  }
  return { bars, labels, widget: __kq('.kpop-chart').getBoundingClientRect().toJSON() };
}

/** Whether two boxes share more than a hairline (anti-aliased edges). */
const overlap = (a, b) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5
  && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

const show = (b) => `${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}×${Math.round(b.height)}`;

for (const lang of ['en', 'ko']) {
  test(`${lang}: hovering a bar shows a tooltip that covers neither it nor any value, from 280 to 1600 px`, async () => {
    for (const width of WIDTHS) {
      const { page, errors, context } = await openChart(env.browser, `${env.server.url}/embed.html`, { lang, width });
      const { bars, labels, widget } = await page.evaluate(readBars);
      assert.equal(bars.length, 3, `${width}px: three bars`);
      assert.equal(labels.length, 3, `${width}px: each bar's values above it`);
      const tooltip = page.locator('.kpop-chart__tooltip');
      for (const [i, bar] of bars.entries()) {
        await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
        await tooltip.waitFor({ state: 'visible' });
        assert.match(await tooltip.textContent(), new RegExp(NAMES[lang][i]), `${width}px, bar ${i}`);
        const tip = await tooltip.boundingBox();
        const at = `${width}px, ${NAMES[lang][i]}: the tooltip at ${show(tip)}`;
        assert.ok(!overlap(tip, bar), `${at} covers its bar at ${show(bar)}`);
        for (const label of labels) assert.ok(!overlap(tip, label), `${at} covers the values at ${show(label)}`);
        assert.ok(tip.x >= widget.x - 0.5 && tip.x + tip.width <= widget.x + widget.width + 0.5, `${at} leaves the widget ${show(widget)}`);
        assert.ok(tip.y >= widget.y - 0.5 && tip.y + tip.height <= widget.y + widget.height + 0.5, `${at} leaves the widget ${show(widget)}`);
        // Off the plot, so the next bar's tooltip starts afresh.
        await page.mouse.move(1, 1);
        await tooltip.waitFor({ state: 'hidden' });
      }
      assert.deepEqual(errors, [], `${width}px`);
      await context.close();
    }
  });
}
