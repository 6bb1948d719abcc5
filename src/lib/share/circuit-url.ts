/**
 * A circuit in a URL: compact JSON, base64url-encoded, under a key per playground in the page's hash. Decoding
 * takes untrusted text (anyone can send a link), so it never throws and validates everything it returns.
 */
import { GATE_NAMES, MAX_QUBITS, validateCircuit, type Circuit, type GateName } from '../quantum';

/** Far above any hand-built circuit (a few thousand gates), far below what browsers accept in a URL. */
export const MAX_ENCODED_LENGTH = 100_000;

type Compact = { v: 1; n: number; o: [string, number[], number[]?][] };

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): string {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

export function encodeCircuit(c: Circuit): string {
  const compact: Compact = { v: 1, n: c.numQubits, o: c.ops.map((op) => (op.params?.length ? [op.gate, op.wires, op.params] : [op.gate, op.wires])) };
  return toBase64Url(JSON.stringify(compact));
}

export type DecodeResult = { ok: true; circuit: Circuit } | { ok: false; message: string };

/** The circuit a link holds, or why it cannot be loaded. Never throws, whatever the input. */
export function decodeCircuit(encoded: string): DecodeResult {
  if (typeof encoded !== 'string') return { ok: false, message: 'The shared circuit in the link is not text.' };
  try {
    return decode(encoded);
  } catch {
    return { ok: false, message: 'The shared circuit in the link could not be read.' };
  }
}

function decode(encoded: string): DecodeResult {
  if (encoded.length > MAX_ENCODED_LENGTH) return { ok: false, message: 'The shared circuit in the link is too long to load.' };
  let data: unknown;
  try {
    data = JSON.parse(fromBase64Url(encoded));
  } catch {
    return { ok: false, message: 'The shared circuit in the link is damaged (it is not valid encoded data).' };
  }
  const d = data as Partial<Compact> | null;
  if (!d || typeof d !== 'object' || d.v !== 1 || !Number.isInteger(d.n) || !Array.isArray(d.o)) {
    return { ok: false, message: 'The link does not hold a circuit this course can read.' };
  }
  if (d.n! < 1 || d.n! > MAX_QUBITS) return { ok: false, message: `The shared circuit has ${d.n} qubits; this simulator handles 1 to ${MAX_QUBITS}.` };
  const ops = [];
  for (const entry of d.o) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !(GATE_NAMES as readonly string[]).includes(entry[0])) {
      return { ok: false, message: 'The shared circuit contains a gate this course does not know.' };
    }
    const [gate, wires, params] = entry;
    if (!Array.isArray(wires) || (params !== undefined && !Array.isArray(params))) {
      return { ok: false, message: 'The shared circuit has a malformed gate.' };
    }
    // An empty params list means none: normalised so the circuit encodes back to the same link.
    ops.push(params?.length ? { gate: gate as GateName, wires: wires as number[], params: params as number[] } : { gate: gate as GateName, wires: wires as number[] });
  }
  const circuit: Circuit = { numQubits: d.n!, ops };
  const problems = validateCircuit(circuit);
  if (problems.length) return { ok: false, message: `The shared circuit cannot run: ${problems[0]}` };
  return { ok: true, circuit };
}

/**
 * The hash holds "key=value" parts joined by "&", one per playground, and may also hold a plain anchor ("#section")
 * that must survive: so it is split by hand, not with URLSearchParams (which would rewrite "section" as "section=").
 */
function hashParts(hash: string): string[] {
  return hash.replace(/^#/, '').split('&').filter((p) => p !== '');
}

function partKey(part: string): string | null {
  const eq = part.indexOf('=');
  if (eq === -1) return null;
  try {
    return decodeURIComponent(part.slice(0, eq));
  } catch {
    return null;
  }
}

/** One playground's circuit from a location hash such as "#intro&pg=…&other=…"; null when the key is absent. */
export function readFromHash(hash: string, key: string): DecodeResult | null {
  const part = hashParts(hash).find((p) => partKey(p) === key);
  return part === undefined ? null : decodeCircuit(part.slice(part.indexOf('=') + 1));
}

/** The hash with this playground's circuit set (or removed, for null), every other part kept as it was. */
export function writeToHash(hash: string, key: string, c: Circuit | null): string {
  const others = hashParts(hash).filter((p) => partKey(p) !== key);
  const parts = c ? [...others, `${encodeURIComponent(key)}=${encodeCircuit(c)}`] : others;
  return parts.length ? `#${parts.join('&')}` : '';
}
