// Builds the peer page into bench/peer-dist/: Chart.js 4 and
// chartjs-plugin-annotation bundled, minified and tree-shaken by esbuild,
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
await build({
  entryPoints: [path.join(root, 'bench/peer.js')],
  bundle: true,
  minify: true,
  treeShaking: true,
  format: 'iife',
  target: 'es2020',
  outfile: path.join(out, 'peer.min.js'),
  define: { FIGURES: JSON.stringify(figures), MILESTONES: JSON.stringify(milestones) },
  logLevel: 'warning',
});
for (const f of ['peer.html', 'peer.css']) fs.copyFileSync(path.join(root, 'bench', f), path.join(out, f));
console.log(`peer built: ${fs.statSync(path.join(out, 'peer.min.js')).size} bytes of JS`);
