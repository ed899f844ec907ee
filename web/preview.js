// The preview page's "copy embed code" boxes, filled with this server's own
// address so the codes work as pasted.
(() => {
  const base = new URL('.', document.currentScript.src).href;
  const codes = {
    'embed-code-script':
      `<div data-kpop-exports-chart data-lang="en"></div>\n<script type="module" src="${base}kpop-chart.js"></script>`,
    'embed-code-iframe':
      `<iframe src="${base}embed.html?lang=en" title="Chart: K-pop album exports to Japan, the United States and China" data-kpop-exports-chart-frame height="760" loading="lazy"></iframe>\n<script src="${base}frame-loader.js" async></script>`,
  };
  for (const [id, code] of Object.entries(codes)) {
    const box = document.getElementById(id);
    if (box) box.value = code;
  }
  const status = document.querySelector('.embed-demo__status');
  for (const button of document.querySelectorAll('[data-copy]')) {
    button.addEventListener('click', async () => {
      const box = document.getElementById(button.dataset.copy);
      try {
        await navigator.clipboard.writeText(box.value);
        status.textContent = 'Copied.';
      } catch {
        box.select();
        status.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
      }
    });
  }
})();
