// After the release build (scripts/release.sh): writes a `.gz` (zlib level 9)
// and a `.br` (brotli quality 11) beside every text and wasm file in dist/,
// so a static host can serve them as they are instead of compressing on
// each request (nginx `gzip_static`/`brotli_static`, Caddy
// `file_server { precompressed br gzip }`; see the README).
// Usage: node scripts/precompress.mjs dist
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';

/** The files worth compressing: everything but images already compressed. */
export const COMPRESSIBLE = /\.(html|m?js|css|svg|wasm|json|csv|txt|xml)$/;

/** Every compressible file under `d`. */
export function* compressible(d) {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) yield* compressible(p);
    else if (COMPRESSIBLE.test(e.name)) yield p;
  }
}

/** Writes the copies for every compressible file in `dir`. */
function precompress(dir) {
  if (!dir || !fs.existsSync(dir)) {
    console.error(`precompress: no directory ${dir ?? '(none given)'}; usage: node scripts/precompress.mjs dist`);
    process.exit(1);
  }
  let raw = 0;
  let gz = 0;
  let br = 0;
  for (const file of compressible(dir)) {
    const bytes = fs.readFileSync(file);
    const g = zlib.gzipSync(bytes, { level: 9 });
    const b = zlib.brotliCompressSync(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    });
    fs.writeFileSync(`${file}.gz`, g);
    fs.writeFileSync(`${file}.br`, b);
    raw += bytes.length;
    gz += g.length;
    br += b.length;
  }
  console.log(`precompress: ${raw} B -> ${gz} B gzip, ${br} B brotli`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) precompress(process.argv[2]);
