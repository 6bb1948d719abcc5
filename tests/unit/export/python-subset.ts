/**
 * A reader for the small part of Python the course's Qiskit and Cirq programs use, written for the tests apart from
 * the writer (src/lib/export/python-programs.ts): it runs the program's gate functions by Python's own rules
 * (expression precedence included) and returns the engine gates the program applies, in order, so a test can compare
 * them with the circuit exported. Anything outside that subset throws, so a program it cannot follow fails a test.
 */
import type { GateName, GateOp } from '../../../src/lib/quantum';

type Value = number | { qubit: number } | Value[];

// -- expressions, by Python's grammar: or_expr > a_expr (+ -) > m_expr (* /) > u_expr (- +) > power (primary ** u_expr)

type Tok = { t: 'num'; v: number } | { t: 'name'; v: string } | { t: 'op'; v: string };

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  const re = /\s*(?:(\d+\.?\d*(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?)|([A-Za-z_][A-Za-z0-9_.]*)|(\*\*|[-+*/(),[\]]))/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while (at < src.length && (m = re.exec(src))) {
    if (m[1] !== undefined) out.push({ t: 'num', v: Number(m[1]) });
    else if (m[2] !== undefined) out.push({ t: 'name', v: m[2] });
    else out.push({ t: 'op', v: m[3]! });
    at = re.lastIndex;
  }
  if (src.slice(at).trim()) throw new Error(`cannot read "${src.slice(at)}" in "${src}"`);
  return out;
}

const NP: Record<string, (x: number) => number> = { 'np.sin': Math.sin, 'np.cos': Math.cos, 'np.tan': Math.tan, 'np.exp': Math.exp, 'np.log': Math.log, 'np.sqrt': Math.sqrt };

class Expr {
  private k = 0;
  constructor(private readonly toks: Tok[], private readonly env: ReadonlyMap<string, Value>) {}
  static evalAll(src: string, env: ReadonlyMap<string, Value>): Value[] {
    const e = new Expr(tokenize(src), env);
    const out: Value[] = [];
    if (e.toks.length === 0) return out;
    for (;;) {
      out.push(e.sum());
      if (e.k === e.toks.length) return out;
      e.eat(',');
    }
  }
  private peek(v: string) {
    const t = this.toks[this.k];
    return t?.t === 'op' && t.v === v;
  }
  private eat(v: string) {
    if (!this.peek(v)) throw new Error(`expected ${v} at token ${this.k}`);
    this.k++;
  }
  private sum(): Value {
    let v = this.product();
    while (this.peek('+') || this.peek('-')) {
      const op = (this.toks[this.k++] as { v: string }).v;
      const b = num(this.product());
      v = op === '+' ? num(v) + b : num(v) - b;
    }
    return v;
  }
  private product(): Value {
    let v = this.unary();
    while (this.peek('*') || this.peek('/')) {
      const op = (this.toks[this.k++] as { v: string }).v;
      const b = num(this.unary());
      v = op === '*' ? num(v) * b : num(v) / b;
    }
    return v;
  }
  private unary(): Value {
    if (this.peek('-')) {
      this.k++;
      return -num(this.unary());
    }
    return this.power();
  }
  private power(): Value {
    const base = this.primary();
    if (this.peek('**')) {
      this.k++;
      return num(base) ** num(this.unary());
    }
    return base;
  }
  private primary(): Value {
    const t = this.toks[this.k++];
    if (!t) throw new Error('expression ends early');
    if (t.t === 'num') return t.v;
    if (t.t === 'op' && t.v === '(') {
      const v = this.sum();
      this.eat(')');
      return v;
    }
    if (t.t === 'name') {
      if (t.v === 'np.pi') return Math.PI;
      if (NP[t.v]) {
        this.eat('(');
        const v = num(this.sum());
        this.eat(')');
        return NP[t.v]!(v);
      }
      if (this.peek('[')) {
        this.k++;
        const i = num(this.sum());
        this.eat(']');
        const list = this.env.get(t.v);
        if (!Array.isArray(list)) throw new Error(`${t.v} is not a list`);
        return list[i]!;
      }
      const v = this.env.get(t.v);
      if (v === undefined) throw new Error(`unknown name ${t.v}`);
      return v;
    }
    throw new Error(`unexpected ${t.v}`);
  }
}

function num(v: Value): number {
  if (typeof v !== 'number') throw new Error('expected a number');
  return v;
}

/**
 * "cirq.rz(a)(.controlled())(q0)" as its head "cirq.rz", its bracketed groups in order and the text between them
 * (".controlled" between the first and second group here).
 */
function callParts(s: string): { head: string; groups: string[]; between: string[] } {
  const groups: string[] = [];
  const between: string[] = [];
  let head = '';
  let text = '';
  let depth = 0;
  let group = '';
  for (const ch of s) {
    if (depth === 0 && ch === '(') {
      if (groups.length === 0 && !head) head = text;
      else between.push(text);
      text = '';
      depth = 1;
      group = '';
      continue;
    }
    if (depth > 0) {
      if (ch === '(') depth++;
      if (ch === ')') depth--;
      if (depth === 0) groups.push(group);
      else group += ch;
      continue;
    }
    text += ch;
  }
  if (depth !== 0 || text) throw new Error(`unbalanced or trailing text in "${s}"`);
  // The first "between" is the text after the head's own group, so it belongs to the shape, not the head.
  return { head, groups, between };
}

/** Splits "a, f(b, c), [d]" at its top-level commas. */
function splitArgs(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

interface PyFunction {
  params: string[];
  body: string[];
}

/** The `def` blocks of a program, by name, and the lines outside them. */
function functions(src: string): { defs: Map<string, PyFunction>; top: string[] } {
  const defs = new Map<string, PyFunction>();
  const top: string[] = [];
  let current: PyFunction | null = null;
  for (const line of src.split('\n')) {
    const head = /^def (\w+)\(([^)]*)\):$/.exec(line);
    if (head) {
      current = { params: splitArgs(head[2]!), body: [] };
      defs.set(head[1]!, current);
    } else if (current && line.startsWith('    ')) current.body.push(line.slice(4));
    else {
      current = null;
      top.push(line);
    }
  }
  return { defs, top };
}

const bind = (fn: PyFunction, args: Value[]) => {
  if (args.length !== fn.params.length) throw new Error(`called with ${args.length} arguments, takes ${fn.params.length}`);
  return new Map(fn.params.map((p, i) => [p, args[i]!]));
};

const QISKIT_METHODS: Record<string, GateName> = {
  id: 'id', x: 'x', y: 'y', z: 'z', h: 'h', s: 's', sdg: 'sdg', t: 't', tdg: 'tdg', sx: 'sx', rx: 'rx', ry: 'ry',
  rz: 'rz', u: 'u3', p: 'p', cx: 'cx', cy: 'cy', cz: 'cz', ch: 'ch', swap: 'swap', crx: 'crx', cry: 'cry', crz: 'crz',
  cp: 'cp', ccx: 'ccx',
};
const ARITY: Partial<Record<GateName, number>> = { rx: 1, ry: 1, rz: 1, p: 1, crx: 1, cry: 1, crz: 1, cp: 1, u3: 3 };

/** The engine gates a Qiskit program applies to `qc`, custom gates (functions) expanded with their arguments. */
export function qiskitGates(src: string): GateOp[] {
  const { defs, top } = functions(src);
  // A Gate value is the list of gates it applies on its own qubit indices.
  const run = (lines: string[], target: string, env: Map<string, Value>): GateOp[] => {
    const ops: GateOp[] = [];
    for (const line of lines) {
      let m: RegExpExecArray | null;
      if ((m = new RegExp(`^${target}\\.append\\((\\w+)\\((.*)\\), \\[([\\d, ]*)\\]\\)$`).exec(line))) {
        const fn = defs.get(m[1]!);
        if (!fn) throw new Error(`no function ${m[1]}`);
        const args = Expr.evalAll(m[2]!, env);
        const map = m[3]!.split(',').map((x) => Number(x.trim()));
        for (const op of run(fn.body, 'g', bind(fn, args))) ops.push({ ...op, wires: op.wires.map((w) => map[w]!) });
      } else if ((m = new RegExp(`^${target}\\.(\\w+)\\((.*)\\)$`).exec(line)) && m[1] !== 'measure_all' && m[1] !== 'to_gate') {
        const gate = QISKIT_METHODS[m[1]!];
        if (!gate) throw new Error(`unknown method ${m[1]}`);
        const args = Expr.evalAll(m[2]!, env).map(num);
        const k = ARITY[gate] ?? 0;
        ops.push(k ? { gate, wires: args.slice(k), params: args.slice(0, k) } : { gate, wires: args });
      } else if (!/^(#.*|g = QuantumCircuit\(\d+, name='\w+'\)|return g\.to_gate\(\)|qc\.measure_all\(\)|)$/.test(line.trim()) && target === 'g') {
        throw new Error(`cannot follow "${line}"`);
      }
    }
    return ops;
  };
  return run(top, 'qc', new Map());
}

/**
 * The gates a Cirq program puts in its circuit, as engine gates with u3 written as Cirq has it (rz, ry, rz) and
 * Z**(λ/π) as p(λ): the caller compares with a circuit normalised the same way (cirqForm).
 */
export function cirqGates(src: string): GateOp[] {
  const { defs, top } = functions(src);
  const qubits = /^q = cirq\.LineQubit\.range\((\d+)\)$/m.exec(src);
  if (!qubits) throw new Error('no qubits');
  const globals = new Map<string, Value>([['q', Array.from({ length: Number(qubits[1]) }, (_, i) => ({ qubit: i }))]]);
  const wire = (v: Value) => {
    if (typeof v !== 'object' || Array.isArray(v)) throw new Error('expected a qubit');
    return v.qubit;
  };
  const FIXED: Record<string, GateName> = {
    'cirq.I': 'id', 'cirq.X': 'x', 'cirq.Y': 'y', 'cirq.Z': 'z', 'cirq.H': 'h', 'cirq.S': 's', 'cirq.S**-1': 'sdg',
    'cirq.T': 't', 'cirq.T**-1': 'tdg', 'cirq.X**0.5': 'sx', 'cirq.CNOT': 'cx', 'cirq.CZ': 'cz', 'cirq.SWAP': 'swap',
    'cirq.CCX': 'ccx', 'cirq.Y.controlled()': 'cy', 'cirq.H.controlled()': 'ch',
  };
  const op = (line: string, env: Map<string, Value>): GateOp[] => {
    if (!line.endsWith(',')) throw new Error(`an operation must end with a comma: "${line}"`);
    const { head, groups, between } = callParts(line.slice(0, -1));
    const shape = `${head}${between.map((b) => `()${b}`).join('')}()`;
    const wires = () => Expr.evalAll(groups.at(-1)!, env).map(wire);
    if (/^gate_\w+$/.test(head) && groups.length === 1) {
      const fn = defs.get(head);
      if (!fn) throw new Error(`no function ${head}`);
      return call(fn, Expr.evalAll(groups[0]!, env));
    }
    const rot = /^cirq\.(rx|ry|rz)\(\)(\.controlled\(\))?\(\)$/.exec(shape);
    if (rot) {
      const [angle] = Expr.evalAll(groups[0]!, env).map(num);
      return [{ gate: (rot[2] ? `c${rot[1]}` : rot[1]) as GateName, wires: wires(), params: [angle!] }];
    }
    const pow = /^cirq\.(Z|CZ)\*\*\(\)\(\)$/.exec(shape);
    const over = groups[0] !== undefined ? / \/ np\.pi$/.exec(groups[0]) : null;
    if (pow && over) {
      const [x] = Expr.evalAll(groups[0]!.slice(0, over.index), env).map(num);
      return [{ gate: pow[1] === 'Z' ? 'p' : 'cp', wires: wires(), params: [x!] }];
    }
    const fixed = FIXED[shape.slice(0, -2)];
    if (fixed) return [{ gate: fixed, wires: wires() }];
    throw new Error(`cannot follow "${line}"`);
  };
  const call = (fn: PyFunction, args: Value[]): GateOp[] => {
    const env = new Map([...globals, ...bind(fn, args)]);
    const lines = fn.body.map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    if (lines[0] === 'return []') return [];
    if (lines[0] !== 'return [' || lines.at(-1) !== ']') throw new Error('a function must return a list');
    return lines.slice(1, -1).flatMap((l) => op(l, env));
  };
  const start = top.indexOf('circuit = cirq.Circuit(');
  const end = top.indexOf(')', start);
  return top
    .slice(start + 1, end)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('cirq.measure('))
    .flatMap((l) => op(l, new Map(globals)));
}

/** A circuit's gates as the Cirq programs write them: u3(θ,φ,λ) as rz(λ), ry(θ), rz(φ). */
export function cirqForm(ops: readonly GateOp[]): GateOp[] {
  return ops.flatMap((o) =>
    o.gate === 'u3'
      ? [{ gate: 'rz', wires: o.wires, params: [o.params![2]!] }, { gate: 'ry', wires: o.wires, params: [o.params![0]!] }, { gate: 'rz', wires: o.wires, params: [o.params![1]!] }]
      : [o]);
}
