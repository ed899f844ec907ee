// A probe, not a test (RELIABILITY.md, "Settled: the ResizeObserver loop
// error in WebKit"): runs the fault test's resize storm on the embed page
// `runs` times and counts the storms that raised an `error` event on
// `window`, by who sets each width:
//   webdriver       one WebDriver script per width, run as it arrives
//   webdriver-task  one WebDriver script per width that posts a task to set it
//   inpage          the page's own script, a task between widths
//   inpage-layout   the same, reading layout back at each width
// Usage: BROWSER_ENGINE=webkit node tests/browser/probe-resize-storm.mjs MODE [RUNS]
// (KPOP_DIST picks the build, as for the tests).
import { serve, launch, openChart, DIST, resizeStormInPage } from './harness.mjs';

const MODES = ['webdriver', 'webdriver-task', 'inpage', 'inpage-layout'];
const mode = process.argv[2] ?? 'webdriver';
const runs = Number(process.argv[3] ?? 8);
if (!MODES.includes(mode) || !(runs > 0)) {
  console.error(`usage: probe-resize-storm.mjs ${MODES.join('|')} [runs]`);
  process.exit(2);
}
const STEP = 37;
const TAIL = [0, 1, 0, 1600];

const frame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));

/** Sets each width through WebDriver, directly or as a task the script posts. */
async function stormThroughDriver(page, asTask) {
  const set = (w) => page.evaluate(({ px, task }) => {
    const apply = () => { document.querySelector('[data-kpop-exports-chart]').style.width = `${px}px`; };
    if (!task) return apply();
    return new Promise((r) => setTimeout(() => { apply(); r(); }, 0));
  }, { px: w, task: asTask });
  for (let w = 1; w <= 1600; w += STEP) {
    await set(w);
    if (w % (STEP * 4) === 1) await frame(page);
  }
  for (const w of TAIL) {
    await set(w);
    await frame(page);
    await frame(page);
  }
}

const server = await serve(DIST, {}, { record: true });
const browser = await launch();
let raised = 0;
for (let i = 0; i < runs; i++) {
  const { page, errors, context } = await openChart(browser, `${server.url}/embed.html`, { width: 1700, height: 900 });
  if (mode.startsWith('webdriver')) await stormThroughDriver(page, mode === 'webdriver-task');
  else await resizeStormInPage(page, { step: STEP, tail: TAIL, readLayoutEvery: mode === 'inpage-layout' ? 1 : 0 });
  await frame(page);
  await frame(page);
  console.log(`storm ${i + 1}: ${errors.length ? errors.join('; ') : 'no error'}`);
  if (errors.length) raised += 1;
  await context.close();
}
console.log(`${mode}: ${raised} of ${runs} storms raised an error on window`);
await browser.close();
await server.close();
