// Trunk post-build hook (Trunk.toml): minifies every JavaScript and CSS file
// of a release build in Trunk's staging directory with esbuild, since Trunk
// copies `copy-file` assets verbatim and wasm-bindgen writes its glue
// unminified. Debug builds (`trunk serve`) stay readable.
//
// No target: nothing is lowered (lowering the CSS for older browsers hid
// the no-script picture). Only whitespace, comments and local names go:
// top-level names of classic scripts and the exports of modules are kept (no
// bundling, no format change), so `import { mount } from '…/kpop-chart.js'`
// and `import.meta.url` work as before.
import fs from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('minify: TRUNK_STAGING_DIR is not set; run me as a Trunk hook');
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

function* files(d) {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (/\.(m?js|css)$/.test(e.name)) yield p;
  }
}

// Files Trunk processed itself carry a subresource-integrity hash in the
// pages (the preview's page.css): changing them would get them blocked.
const pinned = new Set();
for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.html'))) {
  const html = fs.readFileSync(path.join(dir, f), 'utf8');
  for (const tag of html.match(/<[^>]*\bintegrity=[^>]*>/g) ?? []) {
    const ref = tag.match(/\b(?:href|src)="\/?([^"]+)"/);
    if (ref) pinned.add(path.join(dir, ref[1]));
  }
}

let before = 0;
let after = 0;
for (const f of files(dir)) {
  if (pinned.has(f)) continue;
  const source = fs.readFileSync(f, 'utf8');
  const loader = f.endsWith('.css') ? 'css' : 'js';
  // A failure stops the build: shipping half-minified files would hide it.
  const { code } = transformSync(source, { loader, minify: true, legalComments: 'none' });
  fs.writeFileSync(f, code);
  before += Buffer.byteLength(source);
  after += Buffer.byteLength(code);
}
console.log(`minify: JS and CSS ${before} -> ${after} bytes`);
