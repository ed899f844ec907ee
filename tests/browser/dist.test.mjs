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
  for (const must of ['kpop-chart.js', 'kpop-exports-chart_bg.wasm', 'kpop-exports-chart.js', 'chart.css', 'embed.html']) {
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
