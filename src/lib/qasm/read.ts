/**
 * Turns OpenQASM 2 statements into a Circuit of the engine's gates, checking what quantum-circuit's importer does not:
 * register sizes come from the `qreg` declarations (quantum-circuit sizes by the highest qubit touched), gate names
 * must be ones the engine knows (it accepts any name), qubits must be in range, angles finite, the total within the
 * qubit budget. Every message names the line.
 *
 * Why not read quantum-circuit's gate model instead: it forgets source lines, re-orders gates into columns, keeps
 * angles as unevaluated strings and silently drops `cx q, r[0]`. parseQasm runs its grammar check first, then this.
 * On its own (synchronous, no 263 KB import) this reader serves trusted, author-written programs such as a lesson's
 * initialQasm, which then render on the server.
 */
import { GATES, GATE_NAMES, isGateName, qubitBudgetMessage, validateCircuit, type Circuit, type GateName, type GateOp } from '../quantum';
import { evaluateAngle } from './angle';

/** notes: what was accepted but not simulated (measure, barrier, creg), in words for the page. */
export type QasmResult =
  | { ok: true; circuit: Circuit; notes: string[] }
  | { ok: false; message: string; line?: number; column?: number };

/** Other spellings of our gates found in OpenQASM 2 programs, and how they map. */
// A Map, not an object literal: a gate called "constructor" must not find Object's own properties.
const ALIASES = new Map<string, { gate: GateName; paramCount?: number; params?: (p: number[]) => number[] }>([
  ['u1', { gate: 'p' }],
  ['cu1', { gate: 'cp' }],
  ['CX', { gate: 'cx' }],
  ['U', { gate: 'u3' }],
  ['u', { gate: 'u3' }],
  ['srn', { gate: 'sx' }],
  ['u2', { gate: 'u3', paramCount: 2, params: ([phi = 0, lambda = 0]) => [Math.PI / 2, phi, lambda] }],
]);

interface Statement {
  text: string;
  line: number;
}

/** Splits source into statements, dropping // comments and remembering each statement's first line. */
function statements(src: string): Statement[] {
  const out: Statement[] = [];
  let current = '';
  let startLine = 1;
  let line = 1;
  const clean = withoutComments(src);
  for (const ch of clean) {
    if (current.trim() === '' && !/\s/.test(ch)) startLine = line;
    if (ch === '\n') line++;
    if (ch === ';') {
      out.push({ text: current.trim(), line: startLine });
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') out.push({ text: current.trim(), line: startLine });
  return out;
}

/** Blanks out line comments and block comments, keeping newlines so line numbers stay right. */
export function withoutComments(src: string): string {
  return src.replace(/\/\*[^]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/\/\/[^\n]*/g, '');
}

function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => p.trim());
}

export function readQasm(src: string): QasmResult {
  const regs = new Map<string, { offset: number; size: number }>();
  let numQubits = 0;
  const ops: GateOp[] = [];
  const notes: string[] = [];
  const stmts = statements(src);
  const lastLine = src.split('\n').length;
  const err = (line: number, message: string): QasmResult => ({ ok: false, line, message: `Line ${line}: ${message}${/[.!?]$/.test(message) ? '' : '.'}` });

  if (stmts.length === 0) return err(1, 'the program is empty; start with OPENQASM 2.0; include "qelib1.inc"; qreg q[2];');
  for (const [k, { text, line }] of stmts.entries()) {
    if (k === 0 && !/^OPENQASM\b/.test(text)) return err(line, 'a program starts with "OPENQASM 2.0;"');
    if (k === stmts.length - 1 && !withoutComments(src).trimEnd().endsWith(';')) {
      return err(lastLine, `missing ";" at the end of "${text}"`);
    }
    let m: RegExpExecArray | null;
    if ((m = /^OPENQASM\s+(\S+)$/.exec(text))) {
      if (m[1] !== '2.0' && m[1] !== '2') return err(line, `only OpenQASM 2 is supported, this program says OPENQASM ${m[1]}`);
      continue;
    }
    if (/^include\s+"[^"]+"$/.test(text)) continue;
    if ((m = /^qreg\s+([a-zA-Z_]\w*)\s*\[\s*(\d+)\s*\]$/.exec(text))) {
      const size = Number(m[2]);
      if (regs.has(m[1]!)) return err(line, `register ${m[1]} is declared twice`);
      if (size < 1) return err(line, `register ${m[1]} must have at least one qubit`);
      regs.set(m[1]!, { offset: numQubits, size });
      numQubits += size;
      const budget = qubitBudgetMessage(numQubits);
      if (budget) return err(line, `the registers declared so far hold ${numQubits} qubits, too many: ${budget}`);
      continue;
    }
    if (/^creg\s+[a-zA-Z_]\w*\s*\[\s*\d+\s*\]$/.test(text)) {
      notes.push(`line ${line}: creg (classical bits are not simulated)`);
      continue;
    }
    if (/^(barrier|measure)\b/.test(text)) {
      const word = text.split(/\s/)[0];
      notes.push(`line ${line}: ${word} (${word === 'measure' ? 'the page samples every qubit at the end instead' : 'has no effect on the state'})`);
      continue;
    }
    if (/^(gate|opaque|if|reset)\b/.test(text)) {
      return err(line, `"${text.split(/\s/)[0]}" is not supported here; use the built-in gates (${Object.keys(GATES).join(', ')})`);
    }
    m = /^([a-zA-Z_]\w*)\s*(?:\(([^]*)\))?\s+([^]+)$/.exec(text);
    if (!m) return err(line, `cannot read "${text}"; expected a gate such as "h q[0]" or "cx q[0],q[1]"`);
    const [, rawName, rawParams, rawArgs] = m;
    const alias = ALIASES.get(rawName!);
    const gate = alias?.gate ?? rawName!;
    if (!isGateName(gate)) return err(line, `unknown gate "${rawName}"; this simulator knows ${GATE_NAMES.join(', ')}`);
    const spec = GATES[gate];
    const paramTexts = rawParams === undefined || rawParams.trim() === '' ? [] : splitTopLevel(rawParams);
    const expected = alias?.paramCount ?? spec.params;
    if (paramTexts.length !== expected) return err(line, `${rawName} takes ${expected} angle(s), got ${paramTexts.length}`);
    let params: number[] = [];
    for (const p of paramTexts) {
      const v = evaluateAngle(p);
      if (!v.ok) return err(line, `angle "${p}": ${v.message}`);
      params.push(v.value);
    }
    if (alias?.params) params = alias.params(params);
    if (regs.size === 0) return err(line, 'a gate comes before any "qreg" declaration');
    // Each argument is reg[i] or a whole register (applied qubit by qubit, as OpenQASM 2 broadcasts).
    const args: number[][] = [];
    for (const a of splitTopLevel(rawArgs!)) {
      const am = /^([a-zA-Z_]\w*)\s*(?:\[\s*(\d+)\s*\])?$/.exec(a);
      if (!am) return err(line, `cannot read the qubit "${a}"; write it as q[0]`);
      const reg = regs.get(am[1]!);
      if (!reg) return err(line, `unknown register "${am[1]}"`);
      if (am[2] === undefined) args.push(Array.from({ length: reg.size }, (_, j) => reg.offset + j));
      else {
        const idx = Number(am[2]);
        if (idx >= reg.size) return err(line, `qubit ${am[1]}[${idx}] is out of range; ${am[1]} has ${reg.size} qubit(s), ${am[1]}[0] to ${am[1]}[${reg.size - 1}]`);
        args.push([reg.offset + idx]);
      }
    }
    if (args.length !== spec.qubits) return err(line, `${rawName} acts on ${spec.qubits} qubit(s), got ${args.length}`);
    const width = Math.max(...args.map((a) => a.length));
    if (args.some((a) => a.length !== 1 && a.length !== width)) return err(line, 'registers of different sizes cannot be combined in one gate');
    for (let j = 0; j < width; j++) {
      const wires = args.map((a) => (a.length === 1 ? a[0]! : a[j]!));
      if (new Set(wires).size !== wires.length) return err(line, `${rawName} uses the same qubit twice`);
      ops.push(spec.params ? { gate, wires, params: [...params] } : { gate, wires });
    }
  }
  if (numQubits === 0) return err(1, 'no "qreg" declaration: add one such as qreg q[2];');
  const circuit = { numQubits, ops };
  // Defence in depth: whatever this reader let through must also satisfy the engine's own validator.
  const problems = validateCircuit(circuit);
  if (problems.length) return { ok: false, message: problems[0]! };
  return { ok: true, circuit, notes };
}
