// Reads and rewrites the two name tables of a WebAssembly binary: its
// imports and its exports. Everything else in the binary is copied byte for
// byte. Used by scripts/slim-wasm.mjs; the format is the WebAssembly core
// specification's (binary format, sections 2 and 7).

const IMPORTS = 2;
const EXPORTS = 7;

/** Reads an unsigned LEB128 number at `pos`; returns [value, next position]. */
function readU32(bytes, pos) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[pos++];
    value += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return [value, pos];
    shift += 7;
  }
}

function u32(n) {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return out;
}

function readName(bytes, pos) {
  const [len, start] = readU32(bytes, pos);
  return [new TextDecoder().decode(bytes.subarray(start, start + len)), start + len];
}

function name(text) {
  const utf8 = new TextEncoder().encode(text);
  return [...u32(utf8.length), ...utf8];
}

/** The binary's sections, each as { id, head, start, end }: where its header starts, and its payload. */
function sections(bytes) {
  const magic = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  if (!magic.every((b, i) => bytes[i] === b)) throw new Error('not a WebAssembly 1.0 binary');
  const out = [];
  let pos = 8;
  while (pos < bytes.length) {
    const id = bytes[pos];
    const [size, start] = readU32(bytes, pos + 1);
    out.push({ id, head: pos, start, end: start + size });
    pos = start + size;
  }
  return out;
}

// An import's description: its kind, then the bytes that follow the kind
// (kept as they are). Limits: a flags byte, the minimum, and the maximum
// when flag bit 0 is set.
function skipLimits(bytes, pos) {
  const flags = bytes[pos];
  let [, next] = readU32(bytes, pos + 1);
  if (flags & 1) [, next] = readU32(bytes, next);
  return next;
}

function skipImportDesc(bytes, kind, pos) {
  switch (kind) {
    case 0: return readU32(bytes, pos)[1]; // function: type index
    case 1: return skipLimits(bytes, pos + 1); // table: element type, limits
    case 2: return skipLimits(bytes, pos); // memory: limits
    case 3: return pos + 2; // global: value type, mutability
    case 4: return readU32(bytes, pos + 1)[1]; // tag: attribute, type index
    default: throw new Error(`unknown import kind ${kind}`);
  }
}

/** Parses the import and export tables: { imports, exports }. */
export function readTables(bytes) {
  const imports = [];
  const exports = [];
  for (const s of sections(bytes)) {
    if (s.id !== IMPORTS && s.id !== EXPORTS) continue;
    let [count, pos] = readU32(bytes, s.start);
    for (let i = 0; i < count; i++) {
      if (s.id === IMPORTS) {
        const [module, afterModule] = readName(bytes, pos);
        const [field, afterField] = readName(bytes, afterModule);
        const kind = bytes[afterField];
        const end = skipImportDesc(bytes, kind, afterField + 1);
        imports.push({ module, field, desc: bytes.slice(afterField, end) });
        pos = end;
      } else {
        const [field, afterField] = readName(bytes, pos);
        const [index, end] = readU32(bytes, afterField + 1);
        exports.push({ field, kind: bytes[afterField], index });
        pos = end;
      }
    }
  }
  return { imports, exports };
}

/**
 * The binary with its import and export tables replaced by `imports` and
 * `exports` (as readTables returns them: the same imports in the same order,
 * renamed; any subset of the exports, renamed).
 */
export function writeTables(bytes, { imports, exports }) {
  const parts = [bytes.subarray(0, 8)];
  for (const s of sections(bytes)) {
    let payload;
    if (s.id === IMPORTS) {
      payload = [...u32(imports.length)];
      for (const i of imports) payload.push(...name(i.module), ...name(i.field), ...i.desc);
    } else if (s.id === EXPORTS) {
      payload = [...u32(exports.length)];
      for (const e of exports) payload.push(...name(e.field), e.kind, ...u32(e.index));
    } else {
      parts.push(bytes.subarray(s.head, s.end));
      continue;
    }
    parts.push(Uint8Array.from([s.id, ...u32(payload.length), ...payload]));
  }
  return Buffer.concat(parts);
}
