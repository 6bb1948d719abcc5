/**
 * How values cross between a check and learner code: JSON with a few tags, because the two run in different
 * processes (or an iframe) and only text crosses reliably. Typed arrays travel as base64 of their bytes, numbers JSON
 * cannot hold (NaN, ±Infinity, −0) and `undefined` as tags, functions and generators by handle through the hooks.
 * Decoding never calls learner-supplied code, builds objects without prototype tricks (`__proto__` stays a plain key),
 * and refuses anything deeper or larger than the limits below, with a message naming what was refused.
 */

/** Nesting deeper than this is refused (a learner's cyclic or runaway structure, not an answer). */
export const MAX_DEPTH = 64;

export class WireError extends Error {
  override name = 'WireError';
}

export interface EncodeHooks {
  /** Encode a value the generic rules do not cover (a function, a generator spec), or return undefined to refuse it. */
  special?(value: unknown): unknown;
}
export interface DecodeHooks {
  /** Decode a tag the generic rules do not cover: `$fn` and `$rng`. */
  tag?(tag: string, body: unknown): unknown;
}

const TYPED = {
  $f64: Float64Array,
  $f32: Float32Array,
  $i32: Int32Array,
  $u32: Uint32Array,
  $u8: Uint8Array,
} as const;
type TypedTag = keyof typeof TYPED;
const TAGS = new Set(['$n', '$u', '$o', '$fn', '$rng', ...Object.keys(TYPED)]);

// Base64 by the platform where it can: Node's Buffer, or Uint8Array's own toBase64/fromBase64 (Chromium, Firefox and
// Safari of 2025 on). Building the string by hand took about 3 s for the 2 MB of an 18-qubit state in the learner's
// process, whose processor time is limited, and about 1 s back; the native routes take milliseconds. The hand-written
// loop stays for platforms with neither.
interface NativeBase64 {
  toBase64?: () => string;
}
interface NativeBase64Ctor {
  fromBase64?: (s: string) => Uint8Array;
}
interface NodeBuffer {
  from(data: ArrayBufferLike | string, offsetOrEncoding?: number | string, length?: number): Uint8Array & { toString(encoding: string): string };
}
const nodeBuffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as NativeBase64).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  if (nodeBuffer) return nodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  let s = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) s += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(s);
}
function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  // Copied into a fresh buffer of its own: typed arrays built on it must start at offset 0 and be the only view.
  const fromNative = (Uint8Array as unknown as NativeBase64Ctor).fromBase64;
  const decoded = typeof fromNative === 'function' ? fromNative(b64) : nodeBuffer ? nodeBuffer.from(b64, 'base64') : null;
  if (decoded) {
    const out = new Uint8Array(decoded.length);
    out.set(decoded);
    return out;
  }
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function typedTag(v: ArrayBufferView): TypedTag | null {
  if (v instanceof Float64Array) return '$f64';
  if (v instanceof Float32Array) return '$f32';
  if (v instanceof Int32Array) return '$i32';
  if (v instanceof Uint32Array) return '$u32';
  if (v instanceof Uint8Array) return '$u8';
  return null;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'object') return (v as object).constructor?.name ?? 'object';
  return typeof v;
}

/** A value as JSON-ready data. Throws WireError for what cannot be sent (a symbol, a bigint, a Map, a cycle). */
export function encode(value: unknown, hooks: EncodeHooks = {}, depth = 0): unknown {
  if (depth > MAX_DEPTH) throw new WireError(`a value nested more than ${MAX_DEPTH} levels deep`);
  if (value === undefined) return { $u: 1 };
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { $n: 'NaN' };
    if (value === Infinity) return { $n: 'Infinity' };
    if (value === -Infinity) return { $n: '-Infinity' };
    if (Object.is(value, -0)) return { $n: '-0' };
    return value;
  }
  if (ArrayBuffer.isView(value)) {
    const tag = typedTag(value);
    if (!tag) throw new WireError(`a ${describe(value)}, which cannot be sent (use a Float64Array or a plain array)`);
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    return { [tag]: bytesToBase64(bytes) };
  }
  const special = hooks.special?.(value);
  if (special !== undefined) return special;
  if (Array.isArray(value)) return value.map((v) => encode(v, hooks, depth + 1));
  if (typeof value === 'object' && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)) {
    const entries = Object.keys(value).map((k) => [k, encode((value as Record<string, unknown>)[k], hooks, depth + 1)] as const);
    const plain = Object.fromEntries(entries);
    // An object that looks like a tag is wrapped, so decoding cannot mistake it for one.
    return entries.length === 1 && TAGS.has(entries[0]![0]) ? { $o: plain } : plain;
  }
  throw new WireError(`a ${describe(value)}, which cannot be sent`);
}

/** The value that `encode` wrote. Throws WireError for malformed input. */
export function decode(data: unknown, hooks: DecodeHooks = {}, depth = 0): unknown {
  if (depth > MAX_DEPTH) throw new WireError(`a value nested more than ${MAX_DEPTH} levels deep`);
  if (data === null || typeof data === 'boolean' || typeof data === 'string' || typeof data === 'number') return data;
  if (Array.isArray(data)) return data.map((v) => decode(v, hooks, depth + 1));
  if (typeof data !== 'object') throw new WireError(`unexpected ${typeof data}`);
  const keys = Object.keys(data);
  const obj = data as Record<string, unknown>;
  if (keys.length === 1 && TAGS.has(keys[0]!)) {
    const tag = keys[0]!;
    const body = obj[tag];
    if (tag === '$u') return undefined;
    if (tag === '$n') {
      if (body === 'NaN') return NaN;
      if (body === 'Infinity') return Infinity;
      if (body === '-Infinity') return -Infinity;
      if (body === '-0') return -0;
      throw new WireError('a malformed number');
    }
    if (tag === '$o') {
      if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new WireError('a malformed object');
      return Object.fromEntries(Object.keys(body).map((k) => [k, decode((body as Record<string, unknown>)[k], hooks, depth + 1)]));
    }
    if (tag in TYPED) {
      // Checked here, since Node's decoder skips characters that are not base64 rather than refusing them.
      if (typeof body !== 'string' || body.length % 4 !== 0 || !BASE64.test(body)) throw new WireError('a malformed typed array');
      const Ctor = TYPED[tag as TypedTag];
      const bytes = base64ToBytes(body);
      if (bytes.length % Ctor.BYTES_PER_ELEMENT) throw new WireError('a typed array of the wrong length');
      return new Ctor(bytes.buffer, 0, bytes.length / Ctor.BYTES_PER_ELEMENT);
    }
    if (hooks.tag) return hooks.tag(tag, body);
    throw new WireError(`a ${tag === '$fn' ? 'function' : 'generator'} where none can be received`);
  }
  return Object.fromEntries(keys.map((k) => [k, decode(obj[k], hooks, depth + 1)]));
}
