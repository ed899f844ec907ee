// The release folder as a static host gets it: every text and wasm file has
// precompressed `.gz` and `.br` copies that decode to exactly its bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DIST } from './harness.mjs';
import { compressible } from '../../scripts/precompress.mjs';


test('every text and wasm file in dist/ has .gz and .br copies of the same bytes', () => {
  const all = [...compressible(DIST)];
  const names = all.map((f) => path.relative(DIST, f));
  for (const must of ['kpop-chart.js', 'kpop-exports-chart_bg.wasm', 'kpop-exports-chart.js', 'chart.css', 'embed.html', 'embed-ko.html']) {
    assert.ok(names.includes(must), `dist/ has no ${must}`);
  }
  for (const file of all) {
    const bytes = fs.readFileSync(file);
    assert.ok(fs.existsSync(`${file}.gz`), `${file}.gz missing`);
    assert.ok(fs.existsSync(`${file}.br`), `${file}.br missing`);
    assert.ok(zlib.gunzipSync(fs.readFileSync(`${file}.gz`)).equals(bytes), `${file}.gz differs`);
    assert.ok(zlib.brotliDecompressSync(fs.readFileSync(`${file}.br`)).equals(bytes), `${file}.br differs`);
  }
  const wasm = path.join(DIST, 'kpop-exports-chart_bg.wasm');
  assert.ok(fs.statSync(`${wasm}.br`).size < fs.statSync(`${wasm}.gz`).size, 'brotli beats gzip on the wasm');
});

test('the shipped wasm and its glue share short names and nothing the page never calls (scripts/slim-wasm.mjs)', () => {
  const bytes = fs.readFileSync(path.join(DIST, 'kpop-exports-chart_bg.wasm'));
  const glue = fs.readFileSync(path.join(DIST, 'kpop-exports-chart.js'), 'utf8');
  // Validates the rewritten binary; the names come from V8, not from our parser.
  const module = new WebAssembly.Module(bytes);
  const imports = WebAssembly.Module.imports(module);
  const exports = WebAssembly.Module.exports(module);
  assert.ok(imports.length > 100, `the wasm imports ${imports.length} functions`);
  for (const i of imports) {
    assert.equal(i.module, 'w', `import ${i.name} comes from module ${i.module}`);
    assert.ok(i.name.length <= 2, `import name ${i.name} is not short`);
  }
  assert.ok(exports.some((e) => e.name === 'memory'), 'the embed script reads the exported memory');
  for (const e of exports.filter((x) => x.name !== 'memory')) {
    assert.ok(e.name.length <= 2, `export name ${e.name} is not short`);
    assert.match(glue, new RegExp(`\\.${e.name}\\b`), `the glue never calls the export ${e.name}`);
  }
  assert.doesNotMatch(glue, /IntoUnderlying|_[0-9a-f]{16}\b/, 'the glue still has wasm-streams classes or hashed names');
});

test('the wasm name-table rewriter gives back the same bytes when nothing changes', async () => {
  const { readTables, writeTables } = await import('../../scripts/wasm-sections.mjs');
  const bytes = fs.readFileSync(path.join(DIST, 'kpop-exports-chart_bg.wasm'));
  const tables = readTables(bytes);
  assert.equal(tables.imports.length, WebAssembly.Module.imports(new WebAssembly.Module(bytes)).length);
  assert.ok(writeTables(bytes, tables).equals(bytes));
  const renamed = writeTables(bytes, { ...tables, exports: tables.exports.map((e) => ({ ...e, field: `${e.field}_x` })) });
  const names = WebAssembly.Module.exports(new WebAssembly.Module(renamed)).map((e) => e.name);
  assert.deepEqual(names, tables.exports.map((e) => `${e.field}_x`));
});
