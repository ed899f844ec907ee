// Prints the bytes of the release build in dist/: each file raw and gzip
// (level 9, as a CDN would serve it), grouped by kind, with totals.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(process.argv[2] ?? 'dist');
if (!fs.existsSync(dist)) {
  console.error(`size report: ${dist} does not exist; run the release build first`);
  process.exit(1);
}
const files = [];
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    // The precompressed copies (scripts/precompress.mjs) are columns, not rows.
    else if (!/\.(gz|br)$/.test(e.name)) files.push(p);
  }
})(dist);

const kindOf = (f) => ({ '.wasm': 'wasm', '.js': 'js', '.css': 'css', '.html': 'html' })[path.extname(f)] ?? 'other';
const rows = files.map((f) => {
  const body = fs.readFileSync(f);
  const br = fs.existsSync(`${f}.br`) ? fs.statSync(`${f}.br`).size : '';
  return { file: path.relative(dist, f), kind: kindOf(f), raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length, br };
}).sort((a, b) => b.raw - a.raw);

const pad = (s, n) => String(s).padStart(n);
console.log('Size report: release build (dist/)');
console.log(`${'file'.padEnd(48)}${pad('raw B', 10)}${pad('gzip B', 10)}${pad('.br B', 10)}`);
for (const r of rows) console.log(`${r.file.padEnd(48)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.br, 10)}`);
console.log('-'.repeat(78));
for (const kind of ['wasm', 'js', 'css', 'html', 'other']) {
  const k = rows.filter((r) => r.kind === kind);
  if (!k.length) continue;
  const raw = k.reduce((s, r) => s + r.raw, 0);
  const gz = k.reduce((s, r) => s + r.gzip, 0);
  console.log(`${('total ' + kind).padEnd(48)}${pad(raw, 10)}${pad(gz, 10)}`);
}
const loaded = rows.filter((r) => r.kind !== 'other');
console.log(`${'total wasm+js+css+html'.padEnd(48)}${pad(loaded.reduce((s, r) => s + r.raw, 0), 10)}${pad(loaded.reduce((s, r) => s + r.gzip, 0), 10)}`);
