// Scratch profiler (not committed): where a resize's time goes.
import path from 'node:path';
import { serve, launch, DEEP_QUERY, DIST } from './harness.mjs';
const dist = await serve(DIST);
const browser = await launch();
const ctx = await browser.newContext({ viewport: { width: 1700, height: 900 }, deviceScaleFactor: 2 });
await ctx.addInitScript(DEEP_QUERY);
await ctx.addInitScript(() => {
  const acc = window.__acc = {};
  const wrap = (proto, name) => {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (d.value && typeof d.value === 'function') {
      const f = d.value;
      proto[name] = function (...a) { const t = performance.now(); try { return f.apply(this, a); } finally { const e = acc[name] ??= [0, 0]; e[0] += performance.now() - t; e[1]++; } };
    } else if (d.set) {
      Object.defineProperty(proto, name, { ...d, set(v) { const t = performance.now(); try { d.set.call(this, v); } finally { const e = acc['set ' + name] ??= [0, 0]; e[0] += performance.now() - t; e[1]++; } } });
    }
  };
  const P = CanvasRenderingContext2D.prototype;
  for (const n of Object.getOwnPropertyNames(P)) { try { wrap(P, n); } catch {} }
  wrap(HTMLCanvasElement.prototype, 'width');
  wrap(HTMLCanvasElement.prototype, 'height');
  wrap(HTMLCanvasElement.prototype, 'getContext');
});
const page = await ctx.newPage();
page.on('console', (m) => console.log('console:', m.text()));
await page.goto(`${dist.url}/embed.html`);
await page.waitForFunction(() => window.__kq('canvas.kpop-chart__canvas')?.width > 0);
await page.waitForTimeout(500);
const r = await page.evaluate(async () => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
  const b = document.querySelector('[data-kpop-exports-chart]');
  const c = window.__kq('canvas.kpop-chart__canvas');
  const times = [];
  for (const k of Object.keys(window.__acc)) delete window.__acc[k];
  for (let i = 0; i < 10; i++) {
    b.style.width = '800px';
    await frame(); await frame(); await frame();
    const before = c.width;
    for (const k of Object.keys(window.__acc)) delete window.__acc[k];
    const t = await new Promise((resolve) => {
      let t0 = 0;
      const mo = new MutationObserver(() => { if (c.width !== before) { mo.disconnect(); resolve(performance.now() - t0); } });
      mo.observe(c, { attributes: true, attributeFilter: ['width', 'height'] });
      t0 = performance.now();
      b.style.width = '1600px';
    });
    await frame();
    times.push([t, JSON.parse(JSON.stringify(window.__acc))]);
  }
  return times;
});
for (const [t, acc] of r.slice(-3)) {
  const tot = Object.values(acc).reduce((s, e) => s + e[0], 0);
  console.log(`resize ${t.toFixed(1)} ms; canvas API ${tot.toFixed(1)} ms`);
  console.log(Object.entries(acc).sort((a, b) => b[1][0] - a[1][0]).slice(0, 12).map(([k, [ms, n]]) => `  ${k}: ${ms.toFixed(2)} ms / ${n}`).join('\n'));
}
console.log('all:', r.map(([t]) => t.toFixed(1)).join(' '));
await browser.close(); await dist.close();
