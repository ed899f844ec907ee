// The host page's half of the iframe embed: sizes every
// <iframe data-kpop-exports-chart-frame> to the height its chart reports.
// Accepts messages only from the chart's own origin and from one of those
// frames, and only a bounded number as the height.
(() => {
  const script = document.currentScript;
  const ORIGIN = new URL(script ? script.src : location.href).origin;
  const MIN = 100;
  const MAX = 10000;
  const frames = () => document.querySelectorAll('iframe[data-kpop-exports-chart-frame]');
  for (const f of frames()) {
    f.style.width = '100%';
    f.style.border = '0';
  }
  window.addEventListener('message', (event) => {
    if (event.origin !== ORIGIN) return;
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'kpop-exports-chart:height') return;
    const height = data.height;
    if (typeof height !== 'number' || !Number.isFinite(height) || height < MIN || height > MAX) return;
    for (const f of frames()) {
      if (f.contentWindow === event.source) f.style.height = `${Math.ceil(height)}px`;
    }
  });
})();
