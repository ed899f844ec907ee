// Builds the peer pages into bench/peer-dist/: Chart.js 4 with
// chartjs-plugin-annotation, and Highcharts 13 with its accessibility and
// annotations modules, each bundled, minified and tree-shaken by esbuild,
// with the figures read from data/*.csv (never typed in by hand).
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'bench/peer-dist');
const rows = (file) => fs.readFileSync(path.join(root, file), 'utf8')
  .split('\n').filter((l) => l && !l.startsWith('#')).slice(1).map((l) => l.split(','));

const figures = rows('data/exports.csv')
  .filter(([start, end]) => start === '2023-01' && end === '2023-06')
  .map(([, , destination, value]) => ({ destination, value: Number(value) }));
const milestones = rows('data/milestones.csv')
  .filter(([date]) => date >= '2023-01-01' && date <= '2023-06-30')
  .map(([date, , label]) => ({ date, label }));

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
// Chart.js (bench/peer.js) and Highcharts (bench/highcharts.js), each a
// page of its own.
for (const [entry, page] of [['peer', 'peer'], ['highcharts', 'highcharts']]) {
  await build({
    entryPoints: [path.join(root, `bench/${entry}.js`)],
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'iife',
    target: 'es2020',
    outfile: path.join(out, `${entry}.min.js`),
    define: { FIGURES: JSON.stringify(figures), MILESTONES: JSON.stringify(milestones) },
    logLevel: 'warning',
  });
  fs.copyFileSync(path.join(root, 'bench', `${page}.html`), path.join(out, `${page}.html`));
  console.log(`peer built: ${entry}.min.js, ${fs.statSync(path.join(out, `${entry}.min.js`)).size} bytes of JS`);
}
fs.copyFileSync(path.join(root, 'bench/peer.css'), path.join(out, 'peer.css'));
