/**
 * A circuit in a URL: compact JSON, base64url-encoded, under a key per playground in the page's hash. Decoding
 * takes untrusted text (anyone can send a link), so it never throws and validates everything it returns.
 */
import { GATE_NAMES, MAX_QUBITS, validateCircuit, type Circuit, type GateName } from '../quantum';
import { readQasm, type QasmDefinitions } from '../qasm/read';

/** Far above any hand-built circuit (a few thousand gates), far below what browsers accept in a URL. */
export const MAX_ENCODED_LENGTH = 100_000;

/**
 * `d`, when present: the program's own gate definitions (one normalised line each) and its calls (name, angles as
 * written, qubits), so a circuit read from OpenQASM with `gate` definitions is shared with them and exports them again.
 */
type Compact = { v: 1; n: number; o: [string, number[], number[]?][]; d?: [string[], [string, string[], number[]][]] };

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

/** The circuit as link text; with `defs` (what the reader found), its gate definitions and calls go along. */
export function encodeCircuit(c: Circuit, defs?: QasmDefinitions): string {
  const compact: Compact = { v: 1, n: c.numQubits, o: c.ops.map((op) => (op.params?.length ? [op.gate, op.wires, op.params] : [op.gate, op.wires])) };
  if (defs?.calls.length) compact.d = [defs.definitions.map((d) => d.text), defs.calls.map((k) => [k.gate, k.params, k.wires])];
  return toBase64Url(JSON.stringify(compact));
}

export type DecodeResult =
  | { ok: true; circuit: Circuit; definitions?: QasmDefinitions; notes: string[] }
  | { ok: false; message: string };

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
  if (d.d === undefined) return { ok: true, circuit, notes: [] };
  const definitions = decodeDefinitions(d.d, circuit.numQubits);
  return definitions
    ? { ok: true, circuit, definitions, notes: [] }
    : { ok: true, circuit, notes: ["the link's gate definitions could not be read, so the circuit is kept with its gates written out one by one"] };
}

/**
 * The definitions and calls a link carries, read back with the course's own OpenQASM reader, never taken on trust:
 * what each call expands to comes from the reader, so a doctored link cannot make an export say one thing and hold
 * another (the writer writes a call only where the circuit still holds exactly the gates the reader expanded it to).
 */
function decodeDefinitions(d: unknown, numQubits: number): QasmDefinitions | null {
  if (!Array.isArray(d) || d.length !== 2 || !Array.isArray(d[0]) || !Array.isArray(d[1])) return null;
  const [texts, calls] = d as [unknown[], unknown[]];
  // Only shapes are checked here; what the texts mean is the reader's to judge. Text slipped in around a definition
  // or an angle can add statements, but only the reader's definitions and calls are kept, and a call count that
  // differs from the link's refuses the lot.
  if (!texts.every((t) => typeof t === 'string')) return null;
  const lines: string[] = [];
  for (const c of calls) {
    if (!Array.isArray(c) || c.length !== 3) return null;
    const [gate, params, wires] = c as unknown[];
    if (typeof gate !== 'string' || !Array.isArray(params) || !params.every((p) => typeof p === 'string')) return null;
    if (!Array.isArray(wires) || !wires.every((w) => Number.isInteger(w) && w >= 0 && w < numQubits)) return null;
    lines.push(`${gate}${params.length ? `(${(params as string[]).join(',')})` : ''} ${(wires as number[]).map((w) => `q[${w}]`).join(',')};`);
  }
  const program = ['OPENQASM 2.0;', 'include "qelib1.inc";', ...(texts as string[]), `qreg q[${numQubits}];`, ...lines].join('\n');
  const r = readQasm(program);
  if (!r.ok || !r.definitions || r.definitions.calls.length !== calls.length) return null;
  return r.definitions;
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
export function writeToHash(hash: string, key: string, c: Circuit | null, defs?: QasmDefinitions): string {
  const others = hashParts(hash).filter((p) => partKey(p) !== key);
  const parts = c ? [...others, `${encodeURIComponent(key)}=${encodeCircuit(c, defs)}`] : others;
  return parts.length ? `#${parts.join('&')}` : '';
}
