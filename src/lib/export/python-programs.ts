/**
 * A circuit as a Python program that runs as written on current Qiskit (2.x) and Cirq (1.x) and prints counts in the
 * course's order (qubit 0 the rightmost character). Written here rather than by quantum-circuit's exporters, which
 * target an older Qiskit (execute, Aer) and emit no measurement, so their programs fail on today's releases with
 * "No counts for experiment" and "Circuit has no measurements to sample".
 *
 * Qiskit: QuantumCircuit.measure_all() adds a register named "meas" whose bit k is qubit k, and
 * StatevectorSampler(seed=…).run([qc], shots=…).result()[0].data.meas.get_counts() gives bitstrings with bit 0
 * rightmost, the course's order. Cirq: Result.histogram folds a key's bits big-endian (the first qubit measured is the
 * most significant bit), so the qubits are measured in reverse, q[n−1] first, which puts q[0] rightmost again.
 *
 * A circuit read from OpenQASM with `gate` definitions keeps them: each becomes a Python function (gate_<name>), a
 * Qiskit Gate built from a small QuantumCircuit, or for Cirq a list of operations, and each call still intact in the
 * circuit is written as a call, found by the same planner as the OpenQASM writer's (src/lib/qasm/write.ts). Angles
 * keep their expressions (pi, the parameters, sin …). A definition whose body uses a built-in gate the engine runs as
 * several gates (cu3, rxx, c3x …) has no symbolic form here, so its calls are written as the gates they expand to, with
 * a comment saying so.
 */
import type { Circuit, GateName, GateOp } from '../quantum';
import type { AngleExpr, GateCall, GateDefinition, QasmDefinitions } from '../qasm/read';
import { BUILTIN_GATES } from '../qasm/qelib1';
import { definitionsNeeded, planCalls } from '../qasm/write';

/** How a program is sampled, and the definitions the circuit was read with (readQasm's `definitions`). */
export interface PythonProgramOptions {
  shots?: number;
  seed?: number;
  definitions?: QasmDefinitions;
}

// ---------------------------------------------------------------------------------------------------------------
// Angles

/**
 * A number as Python reads it back exactly: JavaScript's shortest round-trip form is valid Python. An integer below
 * 1e21 comes out as digits, a Python int; every use here (a gate's angle, + − * / and ** on floats) takes it as the
 * same float, and the reader has already refused any angle that is not finite. From 1e21 up it reads "1e+21", a float.
 */
const num = (x: number) => String(x);

/** A number as an expression; a negative one as minus its magnitude, so it is parenthesised where it must be. */
const numExpr = (v: number): AngleExpr => (v < 0 || Object.is(v, -0) ? { k: 'neg', e: { k: 'num', v: -v } } : { k: 'num', v });

const PY_FUNCS = { sin: 'np.sin', cos: 'np.cos', tan: 'np.tan', exp: 'np.exp', ln: 'np.log', sqrt: 'np.sqrt' } as const;

// Binding strength, Python's and the reader's alike: + − below * / below unary minus below ^ (right-associative),
// so −a^b is −(a^b) in both.
const PREC = { '+': 1, '-': 1, '*': 2, '/': 2, neg: 3, '^': 4, atom: 5 } as const;
const precOf = (e: AngleExpr) => (e.k === 'bin' ? PREC[e.op] : e.k === 'neg' ? PREC.neg : PREC.atom);

/** An angle in Python, with parentheses only where Python needs them (`names`: the enclosing function's parameters). */
function pyExpr(e: AngleExpr, names: readonly string[], min = 0): string {
  const text = (() => {
    switch (e.k) {
      case 'num': return num(e.v);
      case 'pi': return 'np.pi';
      case 'param': return names[e.i]!;
      case 'fn': return `${PY_FUNCS[e.f]}(${pyExpr(e.e, names)})`;
      // A minus before a minus is written -(-x): "--x" is valid Python but reads as a typo.
      case 'neg': return `-${pyExpr(e.e, names, PREC.neg + 1)}`;
      case 'bin': {
        const p = PREC[e.op];
        // Left-associative operators: the right operand needs parentheses at equal strength (a - (b - c));
        // ^ is right-associative: its left operand must be an atom (or parenthesised), its right may be a unary minus.
        if (e.op === '^') return `${pyExpr(e.a, names, PREC.atom)} ** ${pyExpr(e.b, names, PREC.neg)}`;
        return `${pyExpr(e.a, names, p)} ${e.op} ${pyExpr(e.b, names, p + 1)}`;
      }
    }
  })();
  return precOf(e) < min ? `(${text})` : text;
}

// Python's keywords, and the names the programs themselves use, which a definition's parameter or qubit names must
// not shadow. OpenQASM names cannot start with "_", so prefixing one never collides with another name.
const PY_KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);
const RESERVED = new Set(['np', 'g', 'q', 'qc', 'cirq', 'circuit', 'result', 'counts']);
const localName = (name: string) => (PY_KEYWORDS.has(name) || RESERVED.has(name) || name.startsWith('gate_') ? `_${name}` : name);
const functionName = (gate: string) => `gate_${gate}`;

// ---------------------------------------------------------------------------------------------------------------
// Gates

/**
 * A built-in called in a definition's body as the one engine gate it is, with its angles as expressions, or null when
 * it is several engine gates (qelib1.ts says which: its `native` field, the same mapping it applies to numbers).
 */
function symbolic(name: string, angles: readonly AngleExpr[]): { gate: GateName; angles: AngleExpr[] } | null {
  const native = BUILTIN_GATES.get(name)?.native;
  if (!native) return null;
  return {
    gate: native.gate,
    angles: native.angles.map((a): AngleExpr => (typeof a === 'number' ? angles[a]! : { k: 'bin', op: '/', a: { k: 'pi' }, b: { k: 'num', v: a.piOver } })),
  };
}

/** One engine gate as a QuantumCircuit method call on `target` ("qc" or "g"), angles then qubit indices. */
function qiskitGate(target: string, gate: GateName, angles: readonly string[], qubits: readonly string[]): string {
  const name = gate === 'u3' ? 'u' : gate;
  return `${target}.${name}(${[...angles, ...qubits].join(', ')})`;
}

const CIRQ_FIXED: Partial<Record<GateName, string>> = {
  id: 'cirq.I', x: 'cirq.X', y: 'cirq.Y', z: 'cirq.Z', h: 'cirq.H', s: 'cirq.S', sdg: 'cirq.S**-1', t: 'cirq.T',
  tdg: 'cirq.T**-1', sx: 'cirq.X**0.5', cx: 'cirq.CNOT', cz: 'cirq.CZ', swap: 'cirq.SWAP', ccx: 'cirq.CCX',
  cy: 'cirq.Y.controlled()', ch: 'cirq.H.controlled()',
};

/** One engine gate as Cirq operations (u3 takes three), each followed by a comma; angles as Python expressions. */
function cirqGate(gate: GateName, angles: readonly AngleExpr[], names: readonly string[], qubits: readonly string[]): string[] {
  const q = qubits.join(', ');
  const a = (i: number, min = 0) => pyExpr(angles[i]!, names, min);
  const fixed = CIRQ_FIXED[gate];
  if (fixed) return [`${fixed}(${q}),`];
  switch (gate) {
    case 'rx': case 'ry': case 'rz': return [`cirq.${gate}(${a(0)})(${q}),`];
    case 'crx': case 'cry': case 'crz': return [`cirq.${gate.slice(1)}(${a(0)}).controlled()(${q}),`];
    // P(λ) = diag(1, e^{iλ}) is Z**(λ/π) exactly; CP(λ) likewise CZ**(λ/π).
    case 'p': return [`cirq.Z**(${a(0, PREC['/'])} / np.pi)(${q}),`];
    case 'cp': return [`cirq.CZ**(${a(0, PREC['/'])} / np.pi)(${q}),`];
    // U3(θ, φ, λ) = Rz(φ)·Ry(θ)·Rz(λ) up to a global phase, which no measurement sees: applied right to left.
    case 'u3': return [`cirq.rz(${a(2)})(${q}),`, `cirq.ry(${a(0)})(${q}),`, `cirq.rz(${a(1)})(${q}),`];
    default: throw new Error(`No Cirq form for gate ${gate}`);
  }
}

const opAngles = (op: GateOp) => (op.params ?? []).map(numExpr);

// ---------------------------------------------------------------------------------------------------------------
// Definitions

interface Plan {
  items: (GateOp | GateCall)[];
  /** The definitions written as functions, in the order read (each after the ones it uses). */
  used: GateDefinition[];
  /** Definitions the program called that are written out as gates, with the built-in that prevents a function. */
  expanded: { name: string; because: string }[];
}

function plan(c: Circuit, defs: QasmDefinitions | undefined): Plan {
  if (!defs?.calls.length) return { items: [...c.ops], used: [], expanded: [] };
  // A definition has a function when every statement of its body does (those it uses come before it).
  const ok = new Set<string>();
  const because = new Map<string, string>();
  for (const d of defs.definitions) {
    const bad = d.body.find((st) => (st.own ? !ok.has(st.gate) : !BUILTIN_GATES.get(st.gate)?.native));
    if (!bad) ok.add(d.name);
    else because.set(d.name, bad.own ? (because.get(bad.gate) ?? bad.gate) : bad.gate);
  }
  const items = planCalls(c.ops, defs.calls, ok);
  const needed = definitionsNeeded(items, defs);
  const called = [...new Set(defs.calls.map((k) => k.gate))];
  return {
    items,
    used: defs.definitions.filter((d) => needed.has(d.name)),
    expanded: called.filter((g) => !ok.has(g)).map((name) => ({ name, because: because.get(name)! })),
  };
}

const expandedComments = (p: Plan) =>
  p.expanded.map(({ name, because }) => `# ${name} is written as the gates it expands to: its body uses ${because}, which has no single-gate form here.`);

/** A definition's parameter and qubit names as Python locals. */
const locals = (d: GateDefinition) => ({ params: d.params.map(localName), qubits: d.qubits.map(localName) });

function qiskitFunction(d: GateDefinition): string[] {
  const { params } = locals(d);
  const lines = [`def ${functionName(d.name)}(${params.join(', ')}):`, `    # ${d.text}`, `    g = QuantumCircuit(${d.qubits.length}, name='${d.name}')`];
  for (const st of d.body) {
    const qubits = st.qubits.map(String);
    if (st.own) {
      lines.push(`    g.append(${functionName(st.gate)}(${st.angles.map((a) => pyExpr(a, params)).join(', ')}), [${qubits.join(', ')}])`);
    } else {
      const s = symbolic(st.gate, st.angles)!;
      lines.push(`    ${qiskitGate('g', s.gate, s.angles.map((a) => pyExpr(a, params)), qubits)}`);
    }
  }
  lines.push('    return g.to_gate()', '');
  return lines;
}

function cirqFunction(d: GateDefinition): string[] {
  const { params, qubits } = locals(d);
  const lines = [`def ${functionName(d.name)}(${[...params, ...qubits].join(', ')}):`, `    # ${d.text}`];
  const body: string[] = [];
  for (const st of d.body) {
    const qs = st.qubits.map((i) => qubits[i]!);
    if (st.own) body.push(`${functionName(st.gate)}(${[...st.angles.map((a) => pyExpr(a, params)), ...qs].join(', ')}),`);
    else {
      const s = symbolic(st.gate, st.angles)!;
      body.push(...cirqGate(s.gate, s.angles, params, qs));
    }
  }
  // A list of operations (nested lists from inner definitions are flattened by cirq.Circuit).
  if (body.length === 0) lines.push('    return []', '');
  else lines.push('    return [', ...body.map((l) => `        ${l}`), '    ]', '');
  return lines;
}

// ---------------------------------------------------------------------------------------------------------------
// Programs

/** A Qiskit 2.x program for the circuit that samples `shots` times and prints the counts. */
export function toQiskitProgram(c: Circuit, { shots = 1000, seed = 7, definitions }: PythonProgramOptions = {}): string {
  const p = plan(c, definitions);
  return [
    '# Runs on Qiskit 2.x: pip install qiskit',
    ...(p.used.length ? ['import numpy as np'] : []),
    'from qiskit import QuantumCircuit',
    'from qiskit.primitives import StatevectorSampler',
    '',
    ...(p.used.length ? ['# The program\'s own gate definitions, each as a function that builds the gate.', '', ...p.used.flatMap(qiskitFunction)] : []),
    ...expandedComments(p),
    `qc = QuantumCircuit(${c.numQubits})`,
    ...p.items.map((item) =>
      'ops' in item
        ? `qc.append(${functionName(item.gate)}(${item.angles.map((a) => pyExpr(a, [])).join(', ')}), [${item.wires.join(', ')}])`
        : qiskitGate('qc', item.gate, opAngles(item).map((a) => pyExpr(a, [])), item.wires.map(String))),
    '# Measure every qubit into the register "meas": bit k is qubit k, so qubit 0 is the rightmost character.',
    'qc.measure_all()',
    '',
    `result = StatevectorSampler(seed=${seed}).run([qc], shots=${shots}).result()`,
    'print(result[0].data.meas.get_counts())',
    '',
  ].join('\n');
}

/** A Cirq 1.x program for the circuit that samples `shots` times and prints counts keyed like the course's. */
export function toCirqProgram(c: Circuit, { shots = 1000, seed = 7, definitions }: PythonProgramOptions = {}): string {
  const n = c.numQubits;
  const p = plan(c, definitions);
  const wire = (w: number) => `q[${w}]`;
  return [
    '# Runs on Cirq 1.x: pip install cirq',
    'import cirq',
    'import numpy as np',
    '',
    ...(p.used.length ? ['# The program\'s own gate definitions, each as a function that returns its operations.', '', ...p.used.flatMap(cirqFunction)] : []),
    ...expandedComments(p),
    `q = cirq.LineQubit.range(${n})`,
    'circuit = cirq.Circuit(',
    ...p.items
      .flatMap((item) =>
        'ops' in item
          ? [`${functionName(item.gate)}(${[...item.angles.map((a) => pyExpr(a, [])), ...item.wires.map(wire)].join(', ')}),`]
          : cirqGate(item.gate, opAngles(item), [], item.wires.map(wire)))
      .map((l) => `    ${l}`),
    '    # Measured from q[n-1] down to q[0]: Cirq reads the first measured qubit as the most significant bit,',
    '    # so q[0] comes out as the rightmost character, as in Qiskit and this course.',
    "    cirq.measure(*reversed(q), key='m'),",
    ')',
    '',
    `result = cirq.Simulator(seed=${seed}).run(circuit, repetitions=${shots})`,
    `counts = {format(k, '0${n}b'): v for k, v in sorted(result.histogram(key='m').items())}`,
    'print(counts)',
    '',
  ].join('\n');
}
