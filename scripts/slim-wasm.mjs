// Trunk post-build hook (Trunk.toml), release builds only, before minify:
// takes out of the wasm and its wasm-bindgen glue what the page never uses,
// and gives the names the two share one or two letters.
//
// - Dead classes: Leptos depends on server_fn, which brings wasm-streams,
//   whose `#[wasm_bindgen]` classes are exported whether or not anything
//   uses them, and exports keep their code alive. A glue class that nothing
//   else in the glue names is dropped, with its wasm exports.
// - Unused exports: every wasm export the glue doesn't call goes; wasm-opt
//   then removes the code only they kept, and the imports only that code
//   called (their glue functions go too).
// - Names: wasm-bindgen names each import with a 16-digit hash and each
//   closure shim after its full Rust type (up to 300 characters); the names
//   are written twice, in the wasm and in the glue, and the hashes don't
//   compress. Both sides get short names instead (`memory` is kept: the
//   embed script reads it).
//
// The glue is wasm-bindgen's, at the version Cargo.toml pins; every shape
// this relies on is checked, and a mismatch stops the build rather than
// shipping a glue that doesn't fit its wasm.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { readTables, writeTables } from './wasm-sections.mjs';

const KEEP = new Set(['memory']);
const MODULE = 'w';

function fail(message) {
  console.error(`slim-wasm: ${message}`);
  process.exit(1);
}

/** Short names: a, b, …, Z, aa, ab, … (never a kept name). */
function* shortNames() {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let n = 0; ; n++) {
    let s = '';
    let k = n;
    do {
      s = letters[k % letters.length] + s;
      k = Math.floor(k / letters.length) - 1;
    } while (k >= 0);
    if (!KEEP.has(s)) yield s;
  }
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const count = (text, re) => (text.match(re) ?? []).length;

/** The glue without classes that nothing else in it names. */
function dropDeadClasses(glue) {
  for (const [, cls] of glue.matchAll(/^export class (\w+) \{$/gm)) {
    const body = new RegExp(`^export class ${cls} \\{\\n[\\s\\S]*?^\\}\\n^if \\(Symbol\\.dispose\\) ${cls}\\.prototype.*\\n`, 'm');
    const registry = new RegExp(`^const ${cls}Finalization = [^;]*;\\n`, 'm');
    if (!body.test(glue) || !registry.test(glue)) fail(`class ${cls} is not in the expected shape`);
    const rest = glue.replace(body, '').replace(registry, '');
    if (new RegExp(`\\b${cls}\\b`).test(rest)) continue;
    glue = rest;
  }
  // Enum tables only dead classes read.
  for (const [line, name] of glue.matchAll(/^const (__wbindgen_enum_\w+) = .*;\n/gm)) {
    if (count(glue, new RegExp(`\\b${name}\\b`, 'g')) === 1) glue = glue.replace(line, '');
  }
  return glue;
}

/** The import object: { whole, head, tail, entries: Map(name -> text) }. */
function importEntries(glue) {
  const m = glue.match(/(const import0 = \{\n {8}__proto__: null,\n)([\s\S]*?)(\n {4}\};\n)/);
  if (!m) fail('the import object is not in the expected shape');
  const entries = new Map();
  for (const part of m[2].split(/\n(?= {8}\w+: )/)) {
    const name = part.match(/^ {8}(\w+): /)?.[1];
    if (!name) fail('an import entry is not in the expected shape');
    entries.set(name, part);
  }
  return { whole: m[0], head: m[1], tail: m[3], entries };
}

/** Runs wasm-opt with the release's own settings (index.html's link tag). */
function optimise(file) {
  const html = fs.readFileSync('index.html', 'utf8');
  const params = html.match(/data-wasm-opt-params="([^"]*)"/)?.[1];
  if (!params) fail('index.html has no data-wasm-opt-params');
  const local = path.resolve('node_modules/.bin/wasm-opt');
  execFileSync(fs.existsSync(local) ? local : 'wasm-opt', ['-Oz', ...params.split(/\s+/), file, '-o', file], { stdio: 'inherit' });
}

/** Drops the functions of shims that no import entry calls any more. */
function dropDeadShims(glue) {
  for (const [fn, name] of glue.matchAll(/^function (wasm_bindgen_\w+)\([^)]*\) \{\n[\s\S]*?^\}\n\n?/gm)) {
    if (count(glue, new RegExp(`\\b${name}\\b`, 'g')) === 1) glue = glue.replace(fn, '');
  }
  return glue;
}

/**
 * Steps 1 and 2 until nothing more goes: the wasm exports only what the glue
 * calls, and the glue defines only what the wasm imports. Returns the glue
 * and the wasm's tables.
 */
function prune(wasmFile, glue) {
  for (;;) {
    const used = new Set([...glue.matchAll(/\bwasm\.(\w+)/g)].map((m) => m[1]));
    const tables = readTables(fs.readFileSync(wasmFile));
    for (const name of used) {
      if (!tables.exports.some((e) => e.field === name)) fail(`the glue calls wasm.${name}, which the wasm doesn't export`);
    }
    const exports = tables.exports.filter((e) => used.has(e.field) || KEEP.has(e.field));
    if (exports.length === tables.exports.length) return { glue, tables };
    fs.writeFileSync(wasmFile, writeTables(fs.readFileSync(wasmFile), { ...tables, exports }));
    optimise(wasmFile);
    const imported = new Set(readTables(fs.readFileSync(wasmFile)).imports.map((i) => i.field));
    const imports = importEntries(glue);
    for (const name of imported) {
      if (!imports.entries.has(name)) fail(`the wasm imports ${name}, which the glue doesn't define`);
    }
    const kept = [...imports.entries].filter(([name]) => imported.has(name)).map(([, text]) => text);
    glue = dropDeadShims(glue.replace(imports.whole, `${imports.head}${kept.join('\n')}${imports.tail}`));
  }
}

/** Step 3: short names on both sides, in the wasm's order. */
function shorten(glue, tables) {
  const modules = new Set(tables.imports.map((i) => i.module));
  if (modules.size !== 1) fail(`expected one import module, found ${[...modules].join(', ')}`);
  const quotedModule = `"${[...modules][0]}": import0`;
  if (count(glue, new RegExp(escape(quotedModule), 'g')) !== 1) fail(`the glue doesn't name its import module once`);
  const names = shortNames();
  const imported = new Map(tables.imports.map((i) => [i.field, names.next().value]));
  const exported = new Map(tables.exports.map((e) => [e.field, KEEP.has(e.field) ? e.field : names.next().value]));
  const imports = importEntries(glue);
  const entries = tables.imports.map((i) => imports.entries.get(i.field).replace(/^ {8}\w+: /, `        ${imported.get(i.field)}: `));
  glue = glue
    .replace(imports.whole, `${imports.head}${entries.join('\n')}${imports.tail}`)
    .replace(quotedModule, `${MODULE}: import0`)
    .replace(/\bwasm\.(\w+)/g, (_, n) => `wasm.${exported.get(n)}`);
  return {
    glue,
    tables: {
      imports: tables.imports.map((i) => ({ ...i, module: MODULE, field: imported.get(i.field) })),
      exports: tables.exports.map((e) => ({ ...e, field: exported.get(e.field) })),
    },
  };
}

function slim(dir, stem) {
  const wasmFile = path.join(dir, `${stem}_bg.wasm`);
  const glueFile = path.join(dir, `${stem}.js`);
  const size = () => fs.statSync(wasmFile).size + fs.statSync(glueFile).size;
  const before = size();
  const pruned = prune(wasmFile, dropDeadClasses(fs.readFileSync(glueFile, 'utf8')));
  const { glue, tables } = shorten(pruned.glue, pruned.tables);
  fs.writeFileSync(wasmFile, writeTables(fs.readFileSync(wasmFile), tables));
  fs.writeFileSync(glueFile, glue);
  console.log(`slim-wasm: wasm and glue ${before} -> ${size()} bytes; ${tables.imports.length} imports, ${tables.exports.length} exports`);
}

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) fail('TRUNK_STAGING_DIR is not set; run me as a Trunk hook');
if (process.env.TRUNK_PROFILE === 'release') slim(dir, 'kpop-exports-chart');
