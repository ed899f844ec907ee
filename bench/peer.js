// The peer: the same default chart (K-pop album exports, first half of 2023,
// Japan / United States / China, with exact values and shares) and the same
// milestone toggle, drawn by Chart.js 4 and chartjs-plugin-annotation.
// Bundled, minified and tree-shaken by esbuild (bench/build-peer.mjs), which
// injects FIGURES and MILESTONES from data/*.csv so both draw the same data.
import { Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip } from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';
import {
  milestones, countries, names, colours, money, share,
} from './chart-data.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, annotationPlugin);

const milestoneAnnotations = Object.fromEntries(milestones.map((m, i) => [`m${i}`, {
  type: 'label',
  xValue: 2,
  yValue: (ctx) => ctx.chart.scales.y.max * (0.95 - i * 0.08),
  content: `${m.date}: ${m.label}`,
  font: { size: 11 },
  color: '#6e3c8c',
  position: { x: 'end' },
}]));

const canvas = document.getElementById('peer-canvas');
const chart = new Chart(canvas, {
  type: 'bar',
  data: {
    labels: countries.map((f) => names[f.destination]),
    datasets: [{
      label: 'Album exports, first half of 2023',
      data: countries.map((f) => f.value),
      backgroundColor: countries.map((f) => colours[f.destination]),
    }],
  },
  options: {
    animation: false,
    maintainAspectRatio: false,
    scales: { y: { beginAtZero: true, ticks: { callback: (v) => `$${v / 1000}M` } } },
    plugins: {
      tooltip: { callbacks: { label: (c) => `${money(c.raw)} (${share(c.raw)} of total)` } },
      annotation: { annotations: {} },
    },
  },
  plugins: [{
    // Value and share above each bar, as the widget draws them.
    id: 'valueLabels',
    afterDatasetsDraw(c) {
      const { ctx } = c;
      ctx.save();
      ctx.textAlign = 'center';
      ctx.fillStyle = '#1a1a1a';
      c.getDatasetMeta(0).data.forEach((bar, i) => {
        const v = c.data.datasets[0].data[i];
        ctx.font = 'bold 14px Helvetica, Arial, sans-serif';
        ctx.fillText(money(v), bar.x, bar.y - 20);
        ctx.font = '12px Helvetica, Arial, sans-serif';
        ctx.fillText(`${share(v)} of total`, bar.x, bar.y - 6);
      });
      ctx.restore();
    },
  }],
});

const toggle = document.getElementById('peer-toggle');
toggle.addEventListener('click', () => {
  const on = toggle.getAttribute('aria-checked') !== 'true';
  toggle.setAttribute('aria-checked', String(on));
  chart.options.plugins.annotation.annotations = on ? milestoneAnnotations : {};
  chart.update('none');
});
