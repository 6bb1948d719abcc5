/**
 * Grader for exercise 34 (export a circuit to OpenQASM 2.0). The learner's text is read back by a small parser written
 * here (statements split at semicolons, registers, gates with operands and angle expressions, measurements), not by the
 * site's own QASM reader, and compared with the circuit it came from: the same gates in the same order, operands
 * controls first with qubit k as q[k], angles within 1e-12, and every q[k] measured into c[k] after the gates.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { mulberry32, intIn, uniformIn, type Rng } from '../../src/lib/exercises/grading/prng';
import { fail, pass, show } from '../../src/lib/exercises/grading/check-kit';

type GateName = 'h' | 'x' | 'y' | 'z' | 's' | 'sdg' | 't' | 'tdg' | 'rx' | 'ry' | 'rz' | 'cx' | 'cz' | 'ccx';
interface Gate { name: GateName; targets: number[]; controls?: number[]; params?: number[] }
interface Circuit { qubits: number; gates: Gate[] }
export interface ExportQasmModule {
  toQasm(circuit: Circuit): Promise<unknown>;
}

const TOL = 1e-12;

// ---- A small OpenQASM 2 reader, enough for what the README allows ------------------------------------------------

interface Operand { reg: string; index: number | null }
interface Statement { text: string; line: number }
type Parsed = { ok: true; statements: Statement[] } | { ok: false; result: CheckResult };

/** Splits the program into statements at semicolons, dropping // comments, and remembers each one's line. */
function statements(src: string): Parsed {
  const text = src.replace(/\r\n?/g, '\n').replace(/\/\/[^\n]*/g, '');
  const out: Statement[] = [];
  let current = '';
  let line = 1;
  let startLine = 0;
  for (const ch of text) {
    if (ch === ';') {
      if (current.trim()) out.push({ text: current.trim().replace(/\s+/g, ' '), line: startLine });
      current = '';
      startLine = 0;
      continue;
    }
    if (!startLine && !/\s/.test(ch)) startLine = line;
    if (ch === '\n') line++;
    current += ch;
  }
  const rest = current.trim();
  if (rest) return { ok: false, result: fail(`The program ends with "${rest.slice(0, 40)}" and no semicolon: every OpenQASM statement ends with ";".`, 'a ";" after every statement', JSON.stringify(rest.slice(0, 40))) };
  return { ok: true, statements: out };
}

/** An angle expression: numbers, pi, + - * /, unary minus and parentheses. NaN if it is anything else. */
function angleValue(src: string): number {
  let i = 0;
  const s = src.replace(/\s+/g, '');
  const expr = (): number => {
    let v = term();
    while (s[i] === '+' || s[i] === '-') v = s[i++] === '+' ? v + term() : v - term();
    return v;
  };
  const term = (): number => {
    let v = factor();
    while (s[i] === '*' || s[i] === '/') v = s[i++] === '*' ? v * factor() : v / factor();
    return v;
  };
  const factor = (): number => {
    if (s[i] === '-') return i++, -factor();
    if (s[i] === '+') return i++, factor();
    if (s[i] === '(') {
      i++;
      const v = expr();
      return s[i++] === ')' ? v : NaN;
    }
    if (s.startsWith('pi', i)) return (i += 2), Math.PI;
    const m = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(s.slice(i));
    if (!m) return NaN;
    i += m[0].length;
    return Number(m[0]);
  };
  const v = expr();
  return i === s.length ? v : NaN;
}

function operand(src: string): Operand | null {
  const m = /^([a-z][A-Za-z0-9_]*) ?(?:\[ ?(\d+) ?\])?$/.exec(src.trim());
  return m ? { reg: m[1]!, index: m[2] === undefined ? null : Number(m[2]) } : null;
}

interface GateStatement { name: string; params: string[]; operands: Operand[]; line: number }

/** name(params) a,b,c  →  its parts, or null if the statement is not shaped like a gate. */
function gateStatement(st: Statement): GateStatement | null {
  const head = /^([a-z][A-Za-z0-9_]*) ?/.exec(st.text);
  if (!head) return null;
  let rest = st.text.slice(head[0].length);
  let params: string[] = [];
  if (rest.startsWith('(')) {
    let depth = 0;
    let end = -1;
    for (let i = 0; i < rest.length && end < 0; i++) {
      if (rest[i] === '(') depth++;
      else if (rest[i] === ')' && --depth === 0) end = i;
    }
    if (end < 0) return null;
    params = rest.slice(1, end).split(',').map((p) => p.trim());
    rest = rest.slice(end + 1).trim();
  }
  const operands = rest.split(',').map(operand);
  if (!rest || operands.some((o) => o === null)) return null;
  return { name: head[1]!, params, operands: operands as Operand[], line: st.line };
}

// ---- Comparing a program with its circuit ------------------------------------------------------------------------

const operandsOf = (g: Gate) => [...(g.controls ?? []), ...g.targets];
const qasmOf = (g: Gate) => `${g.name}${g.params?.length ? `(${g.params.join(',')})` : ''} ${operandsOf(g).map((k) => `q[${k}]`).join(',')};`;
const sameList = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Reads the program and compares it with the circuit up to `upTo`; null when everything up to there matches. */
function compare(text: unknown, c: Circuit, label: string, upTo: 'header' | 'gates' | 'all' = 'all'): CheckResult | null {
  if (typeof text !== 'string') return fail('toQasm should return the program as one string.', 'a string', show(text));
  const parsed = statements(text);
  if (!parsed.ok) return parsed.result;
  const st = parsed.statements;
  const n = c.qubits;
  const where = (s: Statement | undefined) => (s ? `statement "${s.text.slice(0, 50)}" (line ${s.line})` : 'the end of the program');

  // Header: version first, then include, qreg q[n], creg c[n] before any gate.
  if (!/^OPENQASM 2\.0$/.test(st[0]?.text ?? '')) return fail(`${label}: an OpenQASM 2 program starts with the line OPENQASM 2.0;`, 'OPENQASM 2.0;', st[0] ? `${st[0].text};` : 'an empty program');
  let k = 1;
  const header = { include: false, qreg: false, creg: false };
  for (; k < st.length; k++) {
    const s = st[k]!.text;
    if (s === 'include "qelib1.inc"') header.include = true;
    else if (/^qreg /.test(s)) {
      if (s.replace(/ /g, '') !== `qregq[${n}]`) return fail(`${label}: the circuit has ${n} qubit${n > 1 ? 's' : ''}, declared as one register named q.`, `qreg q[${n}];`, `${s};`);
      if (header.qreg) return fail(`${label}: declare the quantum register once.`, `one qreg q[${n}];`, 'two qreg statements');
      header.qreg = true;
    } else if (/^creg /.test(s)) {
      if (s.replace(/ /g, '') !== `cregc[${n}]`) return fail(`${label}: the results need one classical bit per qubit, in one register named c.`, `creg c[${n}];`, `${s};`);
      if (header.creg) return fail(`${label}: declare the classical register once.`, `one creg c[${n}];`, 'two creg statements');
      header.creg = true;
    } else break;
  }
  if (!header.include) return fail(`${label}: the gates h, cx, rz, … are defined in the standard library, which must be included right after the version line.`, 'include "qelib1.inc";', `no include before ${where(st[k])}`);
  if (!header.qreg || !header.creg) return fail(`${label}: declare both registers before the first gate.`, `qreg q[${n}]; creg c[${n}];`, `${header.qreg ? 'no creg' : 'no qreg'} before ${where(st[k])}`);
  if (upTo === 'header') return null;

  // Gates, in order, until the first measurement.
  const body = st.slice(k).filter((s) => !/^barrier\b/.test(s.text));
  const firstMeasure = body.findIndex((s) => /^measure\b/.test(s.text));
  const gateStmts = firstMeasure < 0 ? body : body.slice(0, firstMeasure);
  for (let i = 0; i < Math.max(gateStmts.length, c.gates.length); i++) {
    const want = c.gates[i];
    const s = gateStmts[i];
    if (!want) return fail(`${label}: the circuit has ${c.gates.length} gate${c.gates.length === 1 ? '' : 's'}, but the program has more before its measurements.`, `${c.gates.length} gate statements`, `extra: ${where(s)}`);
    if (!s) return fail(`${label}: gate ${i} of the circuit is missing from the program (one statement per gate, in order).`, qasmOf(want), `${where(s)}`);
    const g = gateStatement(s);
    if (!g) return fail(`${label}: ${where(s)} is not a gate statement of the form name(angles) q[a],q[b];`, qasmOf(want), `${s.text};`);
    if (g.name !== want.name) return fail(`${label}: gate ${i} should be ${want.name}, written as in qelib1.inc.`, qasmOf(want), `${s.text};`);
    const bad = g.operands.find((o) => o.reg !== 'q' || o.index === null);
    if (bad) return fail(`${label}: gate ${i}'s operands should each be one qubit q[k].`, qasmOf(want), `${s.text};`);
    const got = g.operands.map((o) => o.index!);
    const ops = operandsOf(want);
    if (!sameList(got, ops)) {
      const reversedIndex = sameList(got, ops.map((q) => n - 1 - q));
      const targetFirst = ops.length > 1 && sameList(got, [...want.targets, ...(want.controls ?? [])]);
      const why = reversedIndex && targetFirst
        ? `either the target is written before the control or the qubits are numbered from the other end; controls come first and qubit k is q[k]`
        : reversedIndex
          ? `qubit k of the circuit is q[k]; your program writes q[${n}−1−k], which reverses the register`
          : targetFirst
            ? `the target is written before the control${(want.controls?.length ?? 0) > 1 ? 's' : ''}: controls come first, then the target (cx q[control],q[target];)`
            : `the operands should be the gate's controls, in the order given, then its target`;
      return fail(`${label}: gate ${i} (${want.name}): ${why}.`, qasmOf(want), `${s.text};`);
    }
    const wantParams = want.params ?? [];
    if (g.params.length !== wantParams.length) return fail(`${label}: gate ${i} (${want.name}) takes ${wantParams.length} angle${wantParams.length === 1 ? '' : 's'} in parentheses.`, qasmOf(want), `${s.text};`);
    for (let p = 0; p < wantParams.length; p++) {
      const v = angleValue(g.params[p]!);
      if (Number.isNaN(v)) return fail(`${label}: the angle "${g.params[p]}" of gate ${i} is not a number or an expression of numbers and pi.`, show(wantParams[p], 17), JSON.stringify(g.params[p]));
      if (!(Math.abs(v - wantParams[p]!) <= TOL)) {
        return fail(`${label}: the angle of gate ${i} (${want.name}) reads back as ${show(v, 17)}, off by ${show(Math.abs(v - wantParams[p]!), 2)}; it must be within ${TOL}. Print every digit (x.toPrecision(17) or String(x)), not a rounded value.`, show(wantParams[p], 17), g.params[p]);
      }
    }
  }
  if (upTo === 'gates') return null;

  // Measurements: every qubit once, q[k] -> c[k], nothing but barriers after them.
  const measured = new Map<number, number>();
  for (const s of firstMeasure < 0 ? [] : body.slice(firstMeasure)) {
    const m = /^measure (.+?) ?-> ?(.+)$/.exec(s.text);
    if (!m) return fail(`${label}: ${where(s)} comes after the measurements; write every gate first, then measure.`, 'only measurements after the first measurement', `${s.text};`);
    const [q, b] = [operand(m[1]!), operand(m[2]!)];
    if (!q || !b || q.reg !== 'q' || b.reg !== 'c' || (q.index === null) !== (b.index === null)) return fail(`${label}: a measurement reads measure q[k] -> c[k]; (or measure q -> c; for all qubits).`, 'measure q[k] -> c[k];', `${s.text};`);
    const pairs = q.index === null ? Array.from({ length: n }, (_, j) => [j, j] as const) : [[q.index, b.index!] as const];
    for (const [qi, bi] of pairs) {
      if (measured.has(qi)) return fail(`${label}: qubit ${qi} is measured twice; measure each qubit once.`, `one measure of q[${qi}]`, `${s.text};`);
      measured.set(qi, bi);
    }
  }
  for (let j = 0; j < n; j++) {
    const bit = measured.get(j);
    if (bit === undefined) return fail(`${label}: qubit ${j} is never measured, so its bit of every result would stay 0. Measure every qubit after the gates.`, `measure q[${j}] -> c[${j}];`, measured.size ? `measured: ${[...measured.keys()].map((x) => `q[${x}]`).join(', ')}` : 'no measurements');
    if (bit !== j) return fail(`${label}: qubit ${j}'s result must land in c[${j}]. Qiskit prints c[0] as the rightmost character, so measuring q[k] into c[n−1−k] reverses every bitstring of the course's convention.`, `measure q[${j}] -> c[${j}];`, `measure q[${j}] -> c[${bit}];`);
  }
  return null;
}

async function compareAll(m: ExportQasmModule, cases: [Circuit, string][], upTo: 'header' | 'gates' | 'all'): Promise<CheckResult | null> {
  for (const [c, label] of cases) {
    const r = compare(await m.toQasm(c), c, label, upTo);
    if (r) return r;
  }
  return null;
}

const g = (name: GateName, targets: number[], controls?: number[], params?: number[]): Gate => ({ name, targets, ...(controls ? { controls } : {}), ...(params ? { params } : {}) });

const header: Check<ExportQasmModule> = {
  id: 'header',
  title: 'Version, include and registers q[n] and c[n]',
  points: 1,
  async run(m) {
    const cases: [Circuit, string][] = [[{ qubits: 2, gates: [g('h', [0])] }, 'H on qubit 0 of 2'], [{ qubits: 5, gates: [] }, 'An empty 5-qubit circuit']];
    return (await compareAll(m, cases, 'header')) ?? pass('OPENQASM 2.0; include "qelib1.inc"; and one qreg and one creg of the circuit\'s size.');
  },
};

const qubitOrder: Check<ExportQasmModule> = {
  id: 'qubit-order',
  title: 'Qubit k of the circuit is q[k]',
  points: 1,
  async run(m) {
    const cases: [Circuit, string][] = [
      [{ qubits: 3, gates: [g('x', [0]), g('h', [2])] }, 'X on qubit 0 and H on qubit 2 of 3'],
      [{ qubits: 4, gates: [g('s', [1]), g('tdg', [3]), g('y', [0]), g('z', [2]), g('sdg', [1]), g('t', [0])] }, 'Six one-qubit gates on 4 qubits'],
    ];
    return (await compareAll(m, cases, 'gates')) ?? pass('Every gate names its own qubit: qubit 0 is q[0].');
  },
};

const controlsFirst: Check<ExportQasmModule> = {
  id: 'controls-first',
  title: 'cx, cz and ccx: controls first, then the target',
  points: 1,
  async run(m) {
    const cases: [Circuit, string][] = [
      [{ qubits: 4, gates: [g('cx', [0], [1])] }, 'CX with control 1 and target 0'],
      [{ qubits: 2, gates: [g('h', [0]), g('cx', [1], [0])] }, 'A Bell pair'],
      [{ qubits: 4, gates: [g('cz', [1], [3]), g('ccx', [1], [3, 0]), g('cx', [2], [1])] }, 'CZ, a Toffoli with controls 3 and 0, and a CX'],
    ];
    return (await compareAll(m, cases, 'gates')) ?? pass('Controls come first: cx q[control],q[target]; and ccx q[c1],q[c2],q[t];');
  },
};

const angles: Check<ExportQasmModule> = {
  id: 'angles',
  title: 'Angles read back within 1e-12',
  points: 1,
  async run(m) {
    const cases: [Circuit, string][] = [
      [{ qubits: 1, gates: [g('rz', [0], undefined, [1 / 3]), g('rx', [0], undefined, [-2.5]), g('ry', [0], undefined, [Math.PI / 7])] }, 'Rotations by 1/3, −2.5 and π/7'],
      [{ qubits: 2, gates: [g('rz', [1], undefined, [1e-7]), g('ry', [0], undefined, [12.345678901234567]), g('rx', [1], undefined, [0])] }, 'Rotations by 1e-7, 12.345678901234567 and 0'],
    ];
    return (await compareAll(m, cases, 'gates')) ?? pass('Every angle reads back within 1e-12.');
  },
};

const measurements: Check<ExportQasmModule> = {
  id: 'measurements',
  title: 'Every qubit k measured into c[k], after the gates',
  points: 1,
  async run(m) {
    const cases: [Circuit, string][] = [
      [{ qubits: 3, gates: [g('x', [0])] }, 'X on qubit 0 of 3 (result 001)'],
      [{ qubits: 2, gates: [] }, 'An empty 2-qubit circuit'],
      [{ qubits: 5, gates: [g('h', [4]), g('t', [1])] }, 'Two gates on 5 qubits'],
    ];
    return (await compareAll(m, cases, 'all')) ?? pass('Every qubit is measured once, q[k] into c[k], so qubit 0 is the rightmost character of the result.');
  },
};

const ONE: GateName[] = ['h', 'x', 'y', 'z', 's', 'sdg', 't', 'tdg'];
const ROT: GateName[] = ['rx', 'ry', 'rz'];
/** Distinct qubits below n, drawn without replacement. */
function distinct(rng: Rng, n: number, count: number): number[] {
  const pool = Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: count }, () => pool.splice(intIn(rng, 0, pool.length - 1), 1)[0]!);
}
function randomCircuit(rng: Rng): Circuit {
  const qubits = intIn(rng, 1, 6);
  const gates: Gate[] = [];
  for (let i = intIn(rng, 0, 12); i > 0; i--) {
    const kind = intIn(rng, 0, 3);
    if (kind === 0) gates.push(g(ONE[intIn(rng, 0, ONE.length - 1)]!, distinct(rng, qubits, 1)));
    else if (kind === 1) gates.push(g(ROT[intIn(rng, 0, 2)]!, distinct(rng, qubits, 1), undefined, [uniformIn(rng, -2 * Math.PI, 2 * Math.PI)]));
    else if (kind === 2 && qubits >= 2) {
      const [c, t] = distinct(rng, qubits, 2) as [number, number];
      gates.push(g(rng() < 0.7 ? 'cx' : 'cz', [t], [c]));
    } else if (qubits >= 3) {
      const [a, b, t] = distinct(rng, qubits, 3) as [number, number, number];
      gates.push(g('ccx', [t], [a, b]));
    }
  }
  return { qubits, gates };
}

const randomCircuits: Check<ExportQasmModule> = {
  id: 'random-circuits',
  title: 'Random circuits of 1 to 6 qubits, every gate kind',
  points: 2,
  async run(m) {
    const rng = mulberry32(3434);
    const cases = Array.from({ length: 25 }, (_, i) => [randomCircuit(rng), `Random circuit ${i + 1}`] as [Circuit, string]);
    return (await compareAll(m, cases, 'all')) ?? pass('25 random circuits read back gate for gate, angle for angle, with every qubit measured.');
  },
};

export const grader: Grader<ExportQasmModule> = { exerciseId: '34-export-qasm', checks: [header, qubitOrder, controlsFirst, angles, measurements, randomCircuits] };
