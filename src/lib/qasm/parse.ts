/**
 * An OpenQASM 2 reader for the gates the engine knows, with messages that name the line.
 * quantum-circuit's importer is not used here on purpose: it ignores syntax errors unless asked, accepts unknown
 * gates, sizes the register by the highest qubit used, and weighs 263 KB gzip — too much to load on every lesson
 * that starts from a QASM snippet. Tests check that this reader and quantum-circuit's agree on valid programs.
 */
import { GATES, MAX_QUBITS, type Circuit, type GateName, type GateOp } from '../quantum';
import { evaluateAngle } from './angle';

export type ParseResult = { ok: true; circuit: Circuit; ignored: string[] } | { ok: false; message: string; line: number };

/** Other spellings of our gates found in OpenQASM 2 programs, and how they map. */
const ALIASES: Record<string, { gate: GateName; params?: (p: number[]) => number[] }> = {
  u1: { gate: 'p' },
  cu1: { gate: 'cp' },
  cnot: { gate: 'cx' },
  CX: { gate: 'cx' },
  U: { gate: 'u3' },
  u: { gate: 'u3' },
  i: { gate: 'id' },
  toffoli: { gate: 'ccx' },
  u2: { gate: 'u3', params: ([phi = 0, lambda = 0]) => [Math.PI / 2, phi, lambda] },
};
const PARAM_COUNT_OF_ALIAS: Record<string, number> = { u2: 2 };

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
  const clean = src.replace(/\/\/[^\n]*/g, '');
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

export function parseQasm(src: string): ParseResult {
  const regs = new Map<string, { offset: number; size: number }>();
  let numQubits = 0;
  const ops: GateOp[] = [];
  const ignored: string[] = [];
  const stmts = statements(src);
  const lastLine = src.split('\n').length;
  const err = (line: number, message: string): ParseResult => ({ ok: false, line, message: `Line ${line}: ${message}` });

  if (stmts.length === 0) return err(1, 'the program is empty; start with OPENQASM 2.0; include "qelib1.inc"; qreg q[2];');
  for (const [k, { text, line }] of stmts.entries()) {
    if (k === stmts.length - 1 && !src.replace(/\/\/[^\n]*/g, '').trimEnd().endsWith(';')) {
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
      if (numQubits > MAX_QUBITS) {
        return err(line, `${numQubits} qubits is over this simulator's budget of ${MAX_QUBITS} (the state would need 16 × 2^${numQubits} bytes)`);
      }
      continue;
    }
    if (/^creg\s+[a-zA-Z_]\w*\s*\[\s*\d+\s*\]$/.test(text)) continue;
    if (/^(barrier|measure)\b/.test(text)) {
      ignored.push(`line ${line}: ${text.split(/\s/)[0]}`);
      continue;
    }
    if (/^(gate|opaque|if|reset)\b/.test(text)) {
      return err(line, `"${text.split(/\s/)[0]}" is not supported here; use the built-in gates (${Object.keys(GATES).join(', ')})`);
    }
    m = /^([a-zA-Z_]\w*)\s*(?:\(([^]*)\))?\s+([^]+)$/.exec(text);
    if (!m) return err(line, `cannot read "${text}"; expected a gate such as "h q[0]" or "cx q[0],q[1]"`);
    const [, rawName, rawParams, rawArgs] = m;
    const alias = ALIASES[rawName!];
    const gate = (alias?.gate ?? rawName) as GateName;
    const spec = GATES[gate];
    if (!spec || !Object.hasOwn(GATES, gate)) return err(line, `unknown gate "${rawName}"`);
    const paramTexts = rawParams === undefined || rawParams.trim() === '' ? [] : splitTopLevel(rawParams);
    const expected = PARAM_COUNT_OF_ALIAS[rawName!] ?? spec.params;
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
  return { ok: true, circuit: { numQubits, ops }, ignored };
}
