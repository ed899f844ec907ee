// The second peer: the same default chart as bench/peer.js (K-pop album
// exports, first half of 2023, Japan / United States / China, exact values
// and shares, a milestone toggle), drawn by Highcharts 13 with its
// accessibility and annotations modules: the peer whose reader features
// (keyboard navigation, screen-reader descriptions, annotations) come
// closest to the widget's. Bundled and minified by esbuild
// (bench/build-peer.mjs), which injects FIGURES and MILESTONES from data/*.csv.
import Highcharts from 'highcharts';
import 'highcharts/modules/accessibility';
import 'highcharts/modules/annotations';
import {
  milestones, countries, names, colours, money, share,
} from './chart-data.js';

const milestoneLabels = [{
  draggable: '',
  labelOptions: { align: 'right', style: { fontSize: '11px', color: '#6e3c8c' } },
  labels: milestones.map((m, i) => ({
    point: { x: 640, y: 40 + i * 22 },
    text: `${m.date}: ${m.label}`,
  })),
}];

const chart = Highcharts.chart('peer-chart', {
  chart: { type: 'column', animation: false },
  title: { text: undefined },
  credits: { enabled: false },
  legend: { enabled: false },
  accessibility: { description: 'Album exports, first half of 2023' },
  xAxis: { categories: countries.map((f) => names[f.destination]) },
  yAxis: { min: 0, title: { text: undefined }, labels: { formatter() { return `$${this.value / 1000}M`; } } },
  tooltip: { formatter() { return `${this.key}: ${money(this.y)} (${share(this.y)} of total)`; } },
  plotOptions: {
    series: {
      animation: false,
      colorByPoint: true,
      colors: countries.map((f) => colours[f.destination]),
      dataLabels: {
        enabled: true,
        useHTML: false,
        formatter() { return `<b>${money(this.y)}</b><br/>${share(this.y)} of total`; },
      },
    },
  },
  series: [{ name: 'Album exports, first half of 2023', data: countries.map((f) => f.value) }],
});

const toggle = document.getElementById('peer-toggle');
toggle.addEventListener('click', () => {
  const on = toggle.getAttribute('aria-checked') !== 'true';
  toggle.setAttribute('aria-checked', String(on));
  chart.update({ annotations: on ? milestoneLabels : [] }, true, true, false);
});
