/**
 * The one OpenQASM 2 reader: text (untrusted) to a Circuit of the engine's gates, or every problem found, each with
 * its line and column. Synchronous, needs no library, never throws, and takes time linear in the input (bounded
 * by the limits below), so the playground's pastes (parseQasm), lesson programs and the command line share it.
 *
 * What it reads: the whole OpenQASM 2.0 grammar (Cross et al. 2017) with qelib1.inc and the gates Qiskit writes
 * (see qelib1.ts); `gate` definitions, expanded where they are used with their angles substituted (a pure circuit
 * also carries the definitions and each top-level call's gates, so toQasm in ./write can write them back); several
 * registers and register broadcasting; final measurements and barriers (accepted, listed in `notes`).
 *
 * Programs whose run depends on measurements (`reset`, `if (c == v)`, a gate on a qubit after it was measured) are
 * read in full as a DynamicCircuit (see ../quantum/dynamic), which the engine runs by branching on each outcome or
 * shot by shot: readProgram returns either kind. readQasm is for views that need one state vector (amplitudes, the
 * gate editor, export): it refuses a dynamic program and says why, rather than ignoring the measurements, which
 * silently changes the results.
 *
 * What it refuses, with the reason: `opaque` gates (no definition to simulate); any `include` other than qelib1.inc
 * (there are no other files to read).
 *
 * Limits, one set for every caller: MAX_QASM_LENGTH characters of source, MAX_GATES engine gates after expansion,
 * expressions nested at most MAX_NESTING deep, gate definitions nested at most MAX_DEFINITION_DEPTH deep.
 */
import { MAX_BITS, MAX_QUBITS, formatBytes, stateBytes, validateCircuit, type BitCondition, type Circuit, type DynamicCircuit, type DynamicStep, type GateOp } from '../quantum';
import { describeCharacter, tokenize, type Token } from './lex';
import { BUILTIN_GATES, type BuiltinGate } from './qelib1';

/** The longest program read, in characters: far beyond a hand-written one, small enough to check in a blink. */
export const MAX_QASM_LENGTH = 100_000;
/** The most engine gates a program may expand to (gate definitions can multiply a short text). */
export const MAX_GATES = 200_000;
export const MAX_NESTING = 64;
export const MAX_DEFINITION_DEPTH = 64;
/** Past this many problems the rest are counted, not listed. */
const MAX_LISTED = 25;

export interface QasmProblem {
  line: number;
  column: number;
  message: string;
}

/**
 * notes: what was accepted but not simulated (measure, barrier, creg), in words for the page. definitions: the
 * program's own gate definitions and their calls (present only when it has some), for toQasm to write them back.
 */
export type QasmResult =
  | { ok: true; circuit: Circuit; notes: string[]; definitions?: QasmDefinitions }
  | { ok: false; message: string; line?: number; column?: number; errors: QasmProblem[] };

/** A classical register of a dynamic program: its bits are [offset, offset + size) of the outcome. */
export interface ClassicalRegister {
  name: string;
  size: number;
  offset: number;
}

/**
 * What readProgram returns: a pure circuit (as readQasm), or a program whose run depends on measurements, with why
 * (the first statement that makes it so) and its classical registers in the order declared.
 */
export type QasmProgram =
  | { ok: true; kind: 'pure'; circuit: Circuit; notes: string[]; definitions?: QasmDefinitions }
  | { ok: true; kind: 'dynamic'; program: DynamicCircuit; registers: ClassicalRegister[]; reason: string; line: number; notes: string[] }
  | (QasmResult & { ok: false });

/**
 * A program's own gate definitions and where they were called, so the writer (toQasm in ./write) can write them
 * back instead of only the engine gates they expand to. Plain data (it crosses to and from workers); the engine
 * never sees it. Only calls at the top level of a pure circuit are recorded.
 */
export interface QasmDefinitions {
  /** Every definition read, in the order written (so each comes after the ones its body uses). */
  definitions: GateDefinition[];
  /** Each top-level call of a definition, in program order. */
  calls: GateCall[];
}

/**
 * An angle as plain data, for writers in other languages (src/lib/export/python-programs.ts): numbers, pi, a
 * parameter of the enclosing definition by position, unary minus, + - * / ^ (right-associative) and the six
 * functions. Parentheses are implied by the tree.
 */
export type AngleExpr =
  | { k: 'num'; v: number }
  | { k: 'pi' }
  | { k: 'param'; i: number }
  | { k: 'neg'; e: AngleExpr }
  | { k: 'bin'; op: '+' | '-' | '*' | '/' | '^'; a: AngleExpr; b: AngleExpr }
  | { k: 'fn'; f: 'sin' | 'cos' | 'tan' | 'exp' | 'ln' | 'sqrt'; e: AngleExpr };

/** One statement of a definition's body (barriers dropped), as data. */
export interface BodyStatement {
  /** The gate called: a built-in (qelib1.inc) name or one of the program's own definitions. */
  gate: string;
  /** True when `gate` is one of the program's own definitions (a definition may take a built-in's name). */
  own: boolean;
  /** Its angles, over the definition's parameters. */
  angles: AngleExpr[];
  /** Its qubits, by position among the definition's qubits. */
  qubits: number[];
}

export interface GateDefinition {
  name: string;
  /** The definition on one line, normalised: `gate rot(p0,p1) q0 { rz(p0) q0; ry(p1) q0; }` (barriers dropped). */
  text: string;
  /** Its parameter names and qubit names, as written. */
  params: string[];
  qubits: string[];
  /** Its body as data, for writers that cannot take the OpenQASM text. */
  body: BodyStatement[];
}

export interface GateCall {
  gate: string;
  /** The angles as written, normalised (tokens rejoined, comments and line breaks dropped): "pi/2", "-0.3". */
  params: string[];
  /** The same angles as data (they use no parameters). */
  angles: AngleExpr[];
  /** The qubits it was called on (indices in the circuit, qubit 0 = q[0]). */
  wires: number[];
  /** The engine gates it expanded to, in order: the writer writes the call only where the circuit still holds them. */
  ops: GateOp[];
}

// ---------------------------------------------------------------------------------------------------------------
// Expressions

type Expr =
  | { k: 'num'; v: number; pi?: true }
  | { k: 'param'; i: number }
  | { k: 'neg'; e: Expr }
  | { k: 'bin'; op: '+' | '-' | '*' | '/' | '^'; a: Expr; b: Expr; tok: Token }
  | { k: 'fn'; f: string; e: Expr; tok: Token };

const FUNCS = new Map<string, (x: number) => number>([
  ['sin', Math.sin], ['cos', Math.cos], ['tan', Math.tan], ['exp', Math.exp], ['ln', Math.log], ['sqrt', Math.sqrt],
]);

/** A problem at a token; thrown inside the parser and caught once per statement. */
class Fail {
  constructor(readonly line: number, readonly column: number, readonly message: string, readonly resume = false) {}
}

/** Thrown when a limit is reached: reading stops there. */
class Stop extends Fail {}

const fail = (tok: { line: number; column: number }, message: string): never => {
  throw new Fail(tok.line, tok.column, message);
};

// ---------------------------------------------------------------------------------------------------------------
// Gate definitions

interface BodyCall {
  target: Callable;
  name: string;
  params: Expr[];
  /** The angles as written, for messages. */
  texts: string[];
  /** The angles' tokens rejoined without comments or line breaks, for writing the definition back (./write). */
  norms: string[];
  args: number[];
  tok: Token;
}

interface GateDef {
  kind: 'def';
  name: string;
  line: number;
  params: number;
  qubits: number;
  body: BodyCall[];
  depth: number;
  /** Its record for the writer: normalised text and the names its body calls. */
  record: GateDefinition;
}

type Callable = GateDef | (BuiltinGate & { kind: 'builtin'; name: string });

const BUILTINS = new Map<string, Callable>([...BUILTIN_GATES].map(([name, g]) => [name, { ...g, kind: 'builtin' as const, name }]));

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const shorten = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

interface Register {
  name: string;
  size: number;
  offset: number;
  quantum: boolean;
  line: number;
}

/** An argument such as q or q[3], with the token it starts at. */
interface Arg {
  name: string;
  index: number | null;
  tok: Token;
}

/**
 * Reads a program for a view that needs one state vector: a dynamic program is refused, at the statement that makes
 * it dynamic, with the reason and where such programs do run.
 */
export function readQasm(src: string): QasmResult {
  const r = readProgram(src);
  if (!r.ok) return r;
  if (r.kind === 'pure') return { ok: true, circuit: r.circuit, notes: r.notes, ...(r.definitions ? { definitions: r.definitions } : {}) };
  return refuse([{ line: r.line, column: 1, message: `${r.reason}, so this circuit has no single state vector to show or edit: each run ends in a state that depends on the outcomes drawn. Paste it into the playground's OpenQASM box, which runs such programs and shows the distribution of their classical bits` }]);
}

/** Reads any OpenQASM 2 program: a pure circuit, or a dynamic one (mid-circuit measurement, reset, if). */
export function readProgram(src: string): QasmProgram {
  if (typeof src !== 'string') {
    return refuse([{ line: 1, column: 1, message: `the program must be text, got ${src === null ? 'null' : Array.isArray(src) ? 'an array' : typeof src}` }], false);
  }
  if (src.length > MAX_QASM_LENGTH) {
    return refuse([{ line: 1, column: 1, message: `the program is ${src.length.toLocaleString('en')} characters long; the limit is ${MAX_QASM_LENGTH.toLocaleString('en')} characters` }], false);
  }
  return new Reader(src).read();
}

/** The longest angle readAngle takes: far more than any typed expression, small enough to read in a blink. */
const MAX_ANGLE_LENGTH = 1_000;

/**
 * One angle typed on its own (the playground's palette: "pi/4", "-3*pi/4", "2*asin(1)" is not OpenQASM 2), read by
 * the same grammar, limits and messages as a program's angles, so the palette and a pasted program agree on what
 * an angle is. "π" is accepted as pi.
 */
export function readAngle(text: string): { ok: true; value: number } | { ok: false; message: string } {
  if (typeof text !== 'string') return { ok: false, message: 'the angle must be text' };
  const src = text.trim().replace(/π/g, 'pi');
  if (src === '') return { ok: false, message: 'the angle is empty' };
  if (src.length > MAX_ANGLE_LENGTH) return { ok: false, message: `the angle is ${src.length.toLocaleString('en')} characters long; the limit is ${MAX_ANGLE_LENGTH.toLocaleString('en')}` };
  return new Reader(src).angle();
}

function refuse(errors: QasmProblem[], located = true): QasmResult & { ok: false } {
  const sorted = [...errors].sort((a, b) => a.line - b.line || a.column - b.column);
  const shown = sorted.slice(0, MAX_LISTED).map((e) => {
    const text = `${e.message}${/[.!?]$/.test(e.message) ? '' : '.'}`;
    return located ? `Line ${e.line}, column ${e.column}: ${text}` : text.charAt(0).toUpperCase() + text.slice(1);
  });
  if (sorted.length > MAX_LISTED) shown.push(`… and ${plural(sorted.length - MAX_LISTED, 'more problem')}.`);
  const first = sorted[0]!;
  return located
    ? { ok: false, message: shown.join('\n'), line: first.line, column: first.column, errors: sorted }
    : { ok: false, message: shown.join('\n'), errors: sorted };
}

class Reader {
  private tokens: Token[] = [];
  private k = 0;
  private errors: QasmProblem[] = [];
  private regs = new Map<string, Register>();
  private defs = new Map<string, GateDef>();
  private numQubits = 0;
  private overBudget = false;
  private steps: DynamicStep[] = [];
  private numBits = 0;
  /** The condition of the `if` being read, applied to every step its statement expands to. */
  private cond: BitCondition | undefined;
  /** The first statement that makes the program dynamic. */
  private dynamicAt: { line: number; reason: string } | null = null;
  private work = 0;
  /** For each qubit measured so far, the line of its first measurement. */
  private measuredAt = new Map<number, number>();
  private qubitLabels: string[] = [];
  private noteLines = new Map<string, number[]>();
  private calls: GateCall[] = [];

  constructor(private readonly src: string) {}

  read(): QasmProgram {
    const { tokens, problems } = tokenize(this.src);
    this.tokens = tokens;
    this.errors.push(...problems);
    if (tokens.length === 0) {
      if (problems.length) return refuse(this.errors);
      return refuse([{ line: 1, column: 1, message: 'the program is empty; start with OPENQASM 2.0; include "qelib1.inc"; qreg q[2];' }]);
    }
    if (!this.header()) return refuse(this.errors);
    try {
      while (this.k < this.tokens.length) this.topStatement();
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
      this.errors.push({ line: e.line, column: e.column, message: e.message });
    }
    // A line with a character that is not OpenQASM gets only that message: what the parser then makes of the line
    // (a stray "=" in pasted markup, say) is noise.
    const badLines = new Set(problems.map((p) => p.line));
    if (badLines.size) this.errors = [...problems, ...this.errors.slice(problems.length).filter((e) => !badLines.has(e.line))];
    if (this.errors.length === 0 && this.regs.size === 0) {
      this.errors.push({ line: 1, column: 1, message: 'no "qreg" declaration: add one such as qreg q[2];' });
    } else if (this.errors.length === 0 && this.numQubits === 0) {
      this.errors.push({ line: 1, column: 1, message: 'no "qreg" declaration (only classical registers): add one such as qreg q[2];' });
    }
    if (this.dynamicAt && this.numBits > MAX_BITS && this.errors.length === 0) {
      this.errors.push({ line: this.dynamicAt.line, column: 1, message: `${this.dynamicAt.reason}, and such a program is run here with at most ${MAX_BITS} classical bits; its registers hold ${this.numBits.toLocaleString('en')}` });
    }
    if (this.errors.length) return refuse(this.errors);
    const ops = this.steps.flatMap((st) => (st.kind === 'gate' ? [st.op] : []));
    // Defence in depth: whatever this reader let through must also satisfy the engine's own validator.
    const invalid = validateCircuit({ numQubits: this.numQubits, ops });
    if (invalid.length) return refuse([{ line: 1, column: 1, message: invalid[0]! }]);
    if (!this.dynamicAt) {
      const circuit = { numQubits: this.numQubits, ops };
      // Only a program with definitions of its own carries them (definitions: present exactly when it has some).
      if (this.defs.size === 0) return { ok: true, kind: 'pure', circuit, notes: this.notes() };
      const definitions = { definitions: [...this.defs.values()].map((d) => d.record), calls: this.calls };
      return { ok: true, kind: 'pure', circuit, notes: this.notes(), definitions };
    }
    const registers = [...this.regs.values()].filter((r) => !r.quantum).map(({ name, size, offset }) => ({ name, size, offset }));
    const notes = this.noteLines.has('barrier') ? [`line ${this.noteLines.get('barrier')![0]}: barrier (has no effect on the state)`] : [];
    return {
      ok: true, kind: 'dynamic', program: { numQubits: this.numQubits, numBits: this.numBits, steps: this.steps },
      registers, reason: this.dynamicAt.reason, line: this.dynamicAt.line, notes,
    };
  }

  private dynamic(line: number, reason: string) {
    this.dynamicAt ??= { line, reason: `line ${line}: ${reason}` };
  }

  /** The whole source as one expression (readAngle). */
  angle(): { ok: true; value: number } | { ok: false; message: string } {
    const { tokens, problems } = tokenize(this.src);
    if (problems.length) return { ok: false, message: `${problems[0]!.message} at position ${problems[0]!.column}` };
    if (tokens.length === 0) return { ok: false, message: 'the angle holds only a comment' };
    this.tokens = tokens;
    try {
      const e = this.expr([]);
      const extra = this.peek();
      if (extra) fail(extra, `unexpected "${shorten(extra.text)}" after the angle`);
      return { ok: true, value: this.evaluate(e, [], this.src) };
    } catch (e) {
      if (!(e instanceof Fail)) throw e;
      return { ok: false, message: `${e.message} at position ${e.column}` };
    }
  }

  private notes(): string[] {
    const why: Record<string, string> = {
      creg: 'classical bits are not simulated',
      barrier: 'has no effect on the state',
      measure: 'the page samples every qubit at the end instead',
    };
    return [...this.noteLines].map(([word, lines]) => `line ${lines[0]}: ${word}${lines.length > 1 ? `, and ${lines.length - 1} more` : ''} (${why[word]})`);
  }

  private note(word: string, line: number) {
    const lines = this.noteLines.get(word) ?? [];
    lines.push(line);
    this.noteLines.set(word, lines);
  }

  // -- token helpers ------------------------------------------------------------------------------------------

  private peek(): Token | undefined {
    return this.tokens[this.k];
  }

  private is(text: string, off = 0): boolean {
    const t = this.tokens[this.k + off];
    return t !== undefined && t.text === text && t.kind !== 'str';
  }

  private next(what: string): Token {
    const t = this.tokens[this.k];
    if (!t) {
      const last = this.tokens[this.k - 1]!;
      throw new Fail(last.line, last.column + last.text.length, `the program ends here, but ${what} was expected`);
    }
    this.k++;
    return t;
  }

  private expect(text: string, what = `"${text}"`): Token {
    const t = this.peek();
    if (t && t.text === text && t.kind !== 'str') return this.next(what);
    const prev = this.tokens[this.k - 1]!;
    const end = { line: prev.line, column: prev.column + prev.text.length };
    if (!t) throw new Fail(end.line, end.column, `missing ${what} at the end of the program`);
    if (text === ';') {
      // The fix for a missing ";" belongs right after the previous token, usually on the line before.
      const resume = t.line > prev.line;
      throw new Fail(end.line, end.column, resume ? `missing ";" here, after "${shorten(prev.text)}"` : `expected ";" after "${shorten(prev.text)}", found "${shorten(t.text)}"`, resume);
    }
    return fail(t, `expected ${what}, found "${shorten(t.text)}"`);
  }

  private ident(what: string): Token {
    const t = this.next(what);
    if (t.kind !== 'id') fail(t, `expected ${what}, found "${shorten(t.text)}"`);
    return t;
  }

  private integer(what: string): Token {
    const t = this.next(what);
    if (t.kind !== 'num' || !t.integer) fail(t, `expected ${what} (a whole number), found "${shorten(t.text)}"`);
    return t;
  }

  /** After a problem, skip to the end of the statement (past its ";" or its {…} block). */
  private recover(e: Fail, startK: number) {
    if (e.resume) return;
    // A problem found after the statement was read whole (an unknown gate, say) needs no skipping.
    const last = this.tokens[this.k - 1];
    if (this.k > startK && last && last.kind === 'sym' && (last.text === ';' || last.text === '}')) return;
    let depth = 0;
    while (this.k < this.tokens.length) {
      const t = this.tokens[this.k++]!;
      if (t.kind === 'str') continue;
      if (t.text === '{') depth++;
      else if (t.text === '}') {
        if (--depth <= 0) return;
      } else if (t.text === ';' && depth === 0) return;
    }
  }

  private problem(tok: { line: number; column: number }, message: string) {
    this.errors.push({ line: tok.line, column: tok.column, message });
  }

  // -- statements ---------------------------------------------------------------------------------------------

  /** OPENQASM 2.0; — false when the program is for another version, whose other problems would only be noise. */
  private header(): boolean {
    const first = this.peek()!;
    if (first.text !== 'OPENQASM') {
      this.problem(first, 'a program starts with "OPENQASM 2.0;"');
      return true;
    }
    this.k++;
    try {
      const v = this.next('a version number such as 2.0');
      if (v.kind !== 'num' || !/^2(\.0*)?$/.test(v.text)) {
        this.problem(v, `only OpenQASM 2 is supported; this program says OPENQASM ${shorten(v.text)}`);
        return false;
      }
      this.expect(';');
    } catch (e) {
      if (!(e instanceof Fail)) throw e;
      this.problem(e, e.message);
      this.recover(e, 0);
    }
    return true;
  }

  private topStatement() {
    const start = this.peek()!;
    const startK = this.k;
    try {
      switch (start.kind === 'id' ? start.text : '') {
        case 'OPENQASM': return fail(start, '"OPENQASM 2.0;" belongs once, at the start of the program');
        case 'include': return this.include();
        case 'qreg': case 'creg': return this.register();
        case 'gate': return this.gateDefinition();
        case 'opaque': return this.opaque();
        case 'measure': return this.measure();
        case 'reset': return this.reset();
        case 'barrier': return this.barrier();
        case 'if': return this.ifStatement();
        case '': return fail(start, `a statement cannot start with "${shorten(start.text)}"`);
        default: return this.gateCall();
      }
    } catch (e) {
      if (e instanceof Stop || !(e instanceof Fail)) throw e;
      this.problem(e, e.message);
      this.recover(e, startK);
    }
  }

  private include() {
    this.k++;
    const file = this.next('a file name in quotes');
    if (file.kind !== 'str') fail(file, 'expected a file name in quotes, as in include "qelib1.inc";');
    this.expect(';');
    const name = file.text.slice(1, -1);
    // An invisible character pasted into the name would make the message show a name that looks right: name it.
    const invisible = [...name].find((ch) => ch !== ' ' && /[\p{C}\p{Z}]/u.test(ch));
    if (invisible !== undefined) {
      this.problem(file, `the file name has ${describeCharacter(invisible)} in it; delete it and type the name again (only "qelib1.inc" can be included)`);
    } else if (name !== 'qelib1.inc') {
      this.problem(file, `only "qelib1.inc" can be included; this reader has no other files, so "${shorten(name)}" cannot be read (paste its gate definitions into the program instead)`);
    }
  }

  private register() {
    const kw = this.next('qreg');
    const quantum = kw.text === 'qreg';
    const name = this.ident('a register name');
    this.expect('[');
    const size = this.integer('the register size');
    this.expect(']');
    this.expect(';');
    const prior = this.regs.get(name.text);
    if (prior) return fail(name, `register ${name.text} is already declared on line ${prior.line}`);
    const n = size.value;
    if (n < 1) return fail(size, `register ${name.text} must have at least one ${quantum ? 'qubit' : 'bit'}`);
    if (!quantum) {
      this.regs.set(name.text, { name: name.text, size: n, offset: this.numBits, quantum, line: kw.line });
      this.numBits += n;
      this.note('creg', kw.line);
      return;
    }
    this.regs.set(name.text, { name: name.text, size: n, offset: this.numQubits, quantum, line: kw.line });
    if (this.overBudget) return;
    const total = this.numQubits + n;
    if (total > MAX_QUBITS) {
      this.overBudget = true;
      const held = total > 1e6 ? `${size.text.length > 12 ? 'far more than a million' : `${size.text}${this.numQubits ? ' and more' : ''}`}` : String(total);
      return fail(size, `the registers declared so far hold ${held} qubits, too many: this simulator holds at most ${MAX_QUBITS} qubits (a state of n qubits takes 16·2^n bytes, ${formatBytes(stateBytes(MAX_QUBITS))} at ${MAX_QUBITS})`);
    }
    for (let j = 0; j < n; j++) this.qubitLabels.push(`${name.text}[${j}]`);
    this.numQubits = total;
  }

  private opaque() {
    this.k++;
    const name = this.ident('a gate name');
    while (this.k < this.tokens.length && !this.is(';')) this.k++;
    this.expect(';');
    fail(name, `opaque gate "${name.text}" has no definition, so it cannot be simulated; define it with gate ${name.text} … { … } instead`);
  }

  /** q or q[3] */
  private arg(): Arg {
    const name = this.ident('a register such as q or q[0]');
    let index: number | null = null;
    if (this.is('[')) {
      this.k++;
      index = this.integer('an index').value;
      this.expect(']');
    }
    return { name: name.text, index, tok: name };
  }

  private argList(): Arg[] {
    const args = [this.arg()];
    while (this.is(',')) {
      this.k++;
      args.push(this.arg());
    }
    return args;
  }

  /** The qubits an argument names (one, or a whole register), or null after reporting why not. */
  private qubits(a: Arg): number[] | null {
    const reg = this.regs.get(a.name);
    if (!reg) {
      if (this.regs.size === 0 || ![...this.regs.values()].some((r) => r.quantum)) this.problem(a.tok, 'a gate comes before any "qreg" declaration');
      else this.problem(a.tok, `unknown register "${shorten(a.name)}"; declare it with qreg ${shorten(a.name)}[2];`);
      return null;
    }
    if (!reg.quantum) {
      this.problem(a.tok, `${a.name} is a classical register (creg); gates, barriers and measurements act on qubits (qreg)`);
      return null;
    }
    return this.indices(reg, a);
  }

  private indices(reg: Register, a: Arg): number[] | null {
    const unit = reg.quantum ? 'qubit' : 'bit';
    if (a.index === null) return Array.from({ length: Math.min(reg.size, MAX_QUBITS + 1) }, (_, j) => reg.offset + j);
    if (a.index >= reg.size) {
      const shown = a.index > 1e9 ? 'far out of range' : 'out of range';
      this.problem(a.tok, `${unit} ${a.name}[${a.index > 1e9 ? '…' : a.index}] is ${shown}; ${a.name} has ${plural(reg.size, unit)}, ${a.name}[0] to ${a.name}[${reg.size - 1}]`);
      return null;
    }
    return [reg.offset + a.index];
  }

  private measure() {
    const kw = this.next('measure');
    const q = this.arg();
    this.expect('->', '"->" and a classical bit, as in measure q[0] -> c[0];');
    const c = this.arg();
    this.expect(';');
    this.note('measure', kw.line);
    const qs = this.qubits(q);
    const creg = this.regs.get(c.name);
    let cs: number[] | null = null;
    if (!creg) this.problem(c.tok, `unknown classical register "${shorten(c.name)}"; declare one with creg ${shorten(c.name)}[${this.regs.get(q.name)?.size ?? 1}]; before measuring`);
    else if (creg.quantum) this.problem(c.tok, `${c.name} is a quantum register; measure writes its result into a classical register (creg)`);
    else cs = this.indices(creg, c);
    if (!qs || !cs) return;
    if ((q.index === null) !== (c.index === null)) {
      return fail(q.tok, 'measure a whole register into a whole register (measure q -> c;) or one qubit into one bit (measure q[0] -> c[0];)');
    }
    if (qs.length !== cs.length) {
      return fail(q.tok, `measure q -> c needs registers of the same size: ${q.name} has ${plural(qs.length, 'qubit')} but ${c.name} has ${plural(cs.length, 'bit')}`);
    }
    if (this.cond) this.dynamic(kw.line, 'a measurement depends on an if');
    this.push(qs.map((w, j) => ({ kind: 'measure' as const, qubit: w, bit: cs![j]!, ...(this.cond ? { when: this.cond } : {}) })), kw);
    for (const w of qs) if (!this.measuredAt.has(w)) this.measuredAt.set(w, kw.line);
  }

  /** Adds steps, within the limit on gates after expansion. */
  private push(steps: DynamicStep[], at: { line: number; column: number }) {
    if (this.steps.length + steps.length > MAX_GATES) {
      throw new Stop(at.line, at.column, `this program expands to more than ${MAX_GATES.toLocaleString('en')} gates, the most this reader accepts`);
    }
    for (const st of steps) this.steps.push(st);
  }

  private reset() {
    const kw = this.next('reset');
    const a = this.arg();
    this.expect(';');
    const qs = this.qubits(a);
    if (!qs) return;
    this.dynamic(kw.line, 'reset returns a qubit to |0⟩ during the run');
    this.push(qs.map((w) => ({ kind: 'reset' as const, qubit: w, ...(this.cond ? { when: this.cond } : {}) })), kw);
  }

  /** if (c == v) followed by one gate, measure or reset, which runs only when register c reads v. */
  private ifStatement() {
    const kw = this.next('if');
    this.expect('(');
    const reg = this.ident('a classical register');
    this.expect('==', '"==" (as in if (c == 1))');
    const value = this.integer('the value to compare with');
    this.expect(')');
    const r = this.regs.get(reg.text);
    let cond: BitCondition | undefined;
    if (!r) this.problem(reg, `unknown classical register "${shorten(reg.text)}"; declare it with creg ${shorten(reg.text)}[1]; first`);
    else if (r.quantum) this.problem(reg, `${reg.text} is a quantum register; if compares a classical register (creg)`);
    else if (value.value >= 2 ** Math.min(r.size, 53)) this.problem(value, `${reg.text} has ${plural(r.size, 'bit')}, so it never reads ${shorten(value.text)}; it holds 0 to ${(2 ** r.size - 1).toLocaleString('en')}`);
    else cond = { offset: r.offset, size: r.size, value: value.value };
    const body = this.peek();
    if (!body) return this.next('a gate, measure or reset after if (…)');
    if (body.kind !== 'id' || ['if', 'barrier', 'qreg', 'creg', 'gate', 'opaque', 'include', 'OPENQASM'].includes(body.text)) {
      return fail(body, `after if (${shorten(reg.text)} == ${shorten(value.text)}) comes one gate, measure or reset, not "${shorten(body.text)}"`);
    }
    // Named for what it guards: "makes a reset depend …" reads true where "a gate" would not.
    const what = body.text === 'measure' ? 'a measurement' : body.text === 'reset' ? 'a reset' : 'a gate';
    this.dynamic(kw.line, `if (${shorten(reg.text)} == ${shorten(value.text)}) makes ${what} depend on measurement results`);
    // Without a usable condition the statement is still read whole, for its own problems, but adds nothing.
    const before = this.steps.length;
    this.cond = cond ?? { offset: 0, size: 1, value: 0 };
    try {
      if (body.text === 'measure') this.measure();
      else if (body.text === 'reset') this.reset();
      else this.gateCall();
    } finally {
      this.cond = undefined;
    }
    if (!cond) this.steps.length = before;
  }

  private barrier() {
    const kw = this.next('barrier');
    const args = this.is(';') ? [] : this.argList();
    this.expect(';');
    for (const a of args) this.qubits(a);
    this.note('barrier', kw.line);
  }

  // -- expressions ----------------------------------------------------------------------------------------------

  private expr(params: readonly string[], depth = 0): Expr {
    if (depth > MAX_NESTING) fail(this.peek() ?? this.tokens[this.k - 1]!, `this expression nests more than ${MAX_NESTING} levels deep; write it more simply`);
    let v = this.term(params, depth);
    while (this.is('+') || this.is('-')) {
      const tok = this.next('+');
      v = { k: 'bin', op: tok.text as '+' | '-', a: v, b: this.term(params, depth), tok };
    }
    return v;
  }

  private term(params: readonly string[], depth: number): Expr {
    let v = this.unary(params, depth);
    while (this.is('*') || this.is('/')) {
      const tok = this.next('*');
      v = { k: 'bin', op: tok.text as '*' | '/', a: v, b: this.unary(params, depth), tok };
    }
    return v;
  }

  private unary(params: readonly string[], depth: number): Expr {
    if (this.is('-') || this.is('+')) {
      const tok = this.next('-');
      if (depth > MAX_NESTING) fail(tok, `this expression nests more than ${MAX_NESTING} levels deep; write it more simply`);
      const e = this.unary(params, depth + 1);
      return tok.text === '-' ? { k: 'neg', e } : e;
    }
    const base = this.primary(params, depth);
    if (this.is('^')) {
      const tok = this.next('^');
      return { k: 'bin', op: '^', a: base, b: this.unary(params, depth + 1), tok };
    }
    return base;
  }

  private primary(params: readonly string[], depth: number): Expr {
    const t = this.next('a number, pi or an angle');
    if (t.kind === 'num') return { k: 'num', v: t.value };
    if (t.text === '(') {
      const e = this.expr(params, depth + 1);
      this.expect(')');
      return e;
    }
    if (t.kind === 'id') {
      if (t.text === 'pi') return { k: 'num', v: Math.PI, pi: true };
      const f = FUNCS.get(t.text);
      if (f) {
        this.expect('(', `"(" after ${t.text}`);
        const e = this.expr(params, depth + 1);
        this.expect(')');
        return { k: 'fn', f: t.text, e, tok: t };
      }
      const i = params.indexOf(t.text);
      if (i >= 0) return { k: 'param', i };
      return fail(t, `unknown name "${shorten(t.text)}" in an angle (use numbers, pi, ${params.length ? `the gate's parameters ${params.join(', ')}, ` : ''}+ - * / ^ and sin, cos, tan, exp, ln, sqrt)`);
    }
    return fail(t, `expected a number, pi or an angle, found "${shorten(t.text)}"`);
  }

  /** Optional (e1, e2, …) after a gate name. */
  private exprList(params: readonly string[]): { exprs: Expr[]; texts: string[]; norms: string[]; toks: Token[] } {
    const out = { exprs: [] as Expr[], texts: [] as string[], norms: [] as string[], toks: [] as Token[] };
    if (!this.is('(')) return out;
    this.k++;
    if (this.is(')')) {
      this.k++;
      return out;
    }
    for (;;) {
      const first = this.peek() ?? this.tokens[this.k - 1]!;
      const firstK = this.k;
      out.exprs.push(this.expr(params));
      const last = this.tokens[this.k - 1]!;
      out.texts.push(this.src.slice(first.pos, last.pos + last.text.length));
      out.norms.push(joinTokens(this.tokens.slice(firstK, this.k)));
      out.toks.push(first);
      if (this.is(',')) {
        this.k++;
        continue;
      }
      this.expect(')', '"," or ")"');
      return out;
    }
  }

  private evaluate(e: Expr, env: readonly number[], text: string): number {
    if (++this.work > 20 * MAX_GATES) throw new Stop(1, 1, 'this program takes too much work to expand (its gate definitions call each other too many times)');
    switch (e.k) {
      case 'num': return e.v;
      case 'param': return env[e.i]!;
      case 'neg': return -this.evaluate(e.e, env, text);
      case 'fn': {
        const v = FUNCS.get(e.f)!(this.evaluate(e.e, env, text));
        if (!Number.isFinite(v)) fail(e.tok, `${e.f}(…) in the angle "${shorten(text)}" is not a finite number`);
        return v;
      }
      case 'bin': {
        const a = this.evaluate(e.a, env, text);
        const b = this.evaluate(e.b, env, text);
        if (e.op === '/' && b === 0) fail(e.tok, `the angle "${shorten(text)}" divides by zero, so it is not a finite number`);
        const v = e.op === '+' ? a + b : e.op === '-' ? a - b : e.op === '*' ? a * b : e.op === '/' ? a / b : a ** b;
        if (!Number.isFinite(v)) fail(e.tok, `the angle "${shorten(text)}" is not a finite number`);
        return v;
      }
    }
  }

  // -- gates ----------------------------------------------------------------------------------------------------

  private lookup(name: string): Callable | undefined {
    return this.defs.get(name) ?? BUILTINS.get(name);
  }

  private unknownGate(t: Token): never {
    return fail(t, `unknown gate "${shorten(t.text)}"; define it first with gate ${shorten(t.text)} … { … }, or use a gate of qelib1.inc`);
  }

  private checkArity(g: Callable, t: Token, nParams: number, nQubits: number) {
    if (nParams !== g.params) fail(t, `${t.text} takes ${plural(g.params, 'angle')}, got ${nParams}`);
    if (nQubits !== g.qubits) fail(t, `${t.text} acts on ${plural(g.qubits, 'qubit')}, got ${nQubits}`);
  }

  private gateCall() {
    const name = this.ident('a gate name');
    const { exprs, texts, norms } = this.exprList([]);
    const args = this.argList();
    this.expect(';');
    const g = this.lookup(name.text);
    if (!g) return this.unknownGate(name);
    this.checkArity(g, name, exprs.length, args.length);
    const params = exprs.map((e, j) => this.evaluate(e, [], texts[j]!));
    const lists = args.map((a) => this.qubits(a));
    if (lists.some((l) => l === null) || this.overBudget) return;
    const qs = lists as number[][];
    const width = Math.max(...qs.map((l) => l.length));
    if (qs.some((l) => l.length !== 1 && l.length !== width)) {
      return fail(name, `${name.text} combines registers of different sizes (${args.filter((_, j) => qs[j]!.length !== 1).map((a, j) => `${a.name}: ${qs[j]!.length}`).join(', ')}); broadcasting needs equal sizes`);
    }
    for (let j = 0; j < width; j++) {
      const wires = qs.map((l) => (l.length === 1 ? l[0]! : l[j]!));
      if (new Set(wires).size !== wires.length) return fail(name, `${name.text} uses the same qubit twice (${wires.map((w) => this.qubitLabels[w]).join(', ')})`);
      for (const w of wires) {
        const at = this.measuredAt.get(w);
        if (at !== undefined) this.dynamic(name.line, `${this.qubitLabels[w]} was measured on line ${at} and ${name.text} acts on it afterwards (a measurement in the middle of the circuit)`);
      }
      const start = this.steps.length;
      this.expand(g, params, wires, name);
      if (g.kind === 'def' && !this.cond) {
        // The call's engine gates are the steps its expansion just pushed.
        const ops = this.steps.slice(start).flatMap((st) => (st.kind === 'gate' ? [copyOp(st.op)] : []));
        this.calls.push({ gate: g.name, params: norms, angles: exprs.map(plainExpr), wires, ops });
      }
    }
  }

  private expand(g: Callable, params: readonly number[], wires: readonly number[], at: Token) {
    if (g.kind === 'builtin') {
      const ops = g.expand(params, wires);
      this.work += ops.length;
      const when = this.cond;
      this.push(ops.map((op) => (when ? { kind: 'gate' as const, op, when } : { kind: 'gate' as const, op })), at);
      return;
    }
    for (const call of g.body) {
      let values: number[];
      try {
        values = call.params.map((e, j) => this.evaluate(e, params, call.texts[j]!));
      } catch (e) {
        if (e instanceof Fail && !(e instanceof Stop)) {
          fail(at, `in ${call.tok.text} on line ${call.tok.line}, inside the definition of ${g.name}: ${e.message}`);
        }
        throw e;
      }
      this.expand(call.target, values, call.args.map((i) => wires[i]!), at);
    }
  }

  private nameList(what: string, closer: string): Token[] {
    const out: Token[] = [];
    if (this.is(closer)) return out;
    out.push(this.ident(what));
    while (this.is(',')) {
      this.k++;
      out.push(this.ident(what));
    }
    return out;
  }

  private gateDefinition() {
    this.k++;
    const name = this.ident('the new gate\'s name');
    let params: Token[] = [];
    if (this.is('(')) {
      this.k++;
      params = this.nameList('a parameter name', ')');
      this.expect(')', '"," or ")"');
    }
    const qargs = this.nameList('a qubit name', '{');
    const open = this.expect('{', '"{" to start the gate\'s body');
    const paramNames = params.map((t) => t.text);
    const qargNames = qargs.map((t) => t.text);
    const body: BodyCall[] = [];
    let depth = 0;
    let bodyOk = true;
    while (!this.is('}')) {
      if (this.k >= this.tokens.length) return fail(open, `the body of gate ${name.text} is never closed with "}"`);
      try {
        const call = this.bodyStatement(paramNames, qargNames);
        if (call) {
          body.push(call);
          if (call.target.kind === 'def') depth = Math.max(depth, call.target.depth);
        }
      } catch (e) {
        if (e instanceof Stop || !(e instanceof Fail)) throw e;
        bodyOk = false;
        this.problem(e, e.message);
        if (!e.resume) {
          while (this.k < this.tokens.length && !this.is(';') && !this.is('}')) this.k++;
          if (this.is(';')) this.k++;
        }
      }
    }
    this.k++;
    if (name.text === 'U' || name.text === 'CX') return fail(name, `${name.text} is built into OpenQASM 2 and cannot be redefined`);
    const prior = this.defs.get(name.text);
    if (prior) return fail(name, `gate ${name.text} is already defined on line ${prior.line}`);
    for (const list of [params, qargs]) {
      const seen = new Set<string>();
      for (const t of list) {
        if (seen.has(t.text)) return fail(t, `"${t.text}" is listed twice in the definition of ${name.text}`);
        seen.add(t.text);
      }
    }
    const clash = params.find((t) => qargNames.includes(t.text));
    if (clash) return fail(clash, `"${clash.text}" names both a parameter and a qubit of ${name.text}`);
    if (qargs.length === 0) return fail(name, `gate ${name.text} needs at least one qubit`);
    if (depth + 1 > MAX_DEFINITION_DEPTH) return fail(name, `gate definitions nest more than ${MAX_DEFINITION_DEPTH} deep here; this reader stops there`);
    if (!bodyOk) return;
    const record: GateDefinition = {
      name: name.text,
      text: definitionText(name.text, paramNames, qargNames, body),
      params: paramNames,
      qubits: qargNames,
      body: body.map((c) => ({ gate: c.name, own: c.target.kind === 'def', angles: c.params.map(plainExpr), qubits: [...c.args] })),
    };
    this.defs.set(name.text, { kind: 'def', name: name.text, line: name.line, params: params.length, qubits: qargs.length, body, depth: depth + 1, record });
  }

  /** One statement in a gate body: a gate on the gate's own qubits, or a barrier (no effect). */
  private bodyStatement(paramNames: readonly string[], qargNames: readonly string[]): BodyCall | null {
    const name = this.ident('a gate');
    if (name.text === 'barrier') {
      this.nameList('a qubit name', ';');
      this.expect(';');
      return null;
    }
    if (['measure', 'reset', 'if', 'qreg', 'creg', 'gate', 'opaque', 'include'].includes(name.text)) {
      return fail(name, `"${name.text}" cannot appear inside a gate definition; a gate body holds gates and barriers`);
    }
    const { exprs, texts, norms } = this.exprList(paramNames);
    const args: Token[] = [];
    for (;;) {
      const a = this.ident('a qubit name');
      if (this.is('[')) fail(this.peek()!, `inside a gate definition, qubits are the gate's own names (${qargNames.join(', ')}), without [ ]`);
      args.push(a);
      if (!this.is(',')) break;
      this.k++;
    }
    this.expect(';');
    const target = this.lookup(name.text);
    if (!target) return this.unknownGate(name);
    this.checkArity(target, name, exprs.length, args.length);
    const idx = args.map((a) => {
      const i = qargNames.indexOf(a.text);
      if (i < 0) fail(a, `"${shorten(a.text)}" is not a qubit of this gate (its qubits are ${qargNames.join(', ')})`);
      return i;
    });
    if (new Set(idx).size !== idx.length) fail(name, `${name.text} uses the same qubit twice`);
    return { target, name: name.text, params: exprs, texts, norms, args: idx, tok: name };
  }
}

/** Tokens rejoined without spaces, except between two names or numbers (which would otherwise run together). */
function joinTokens(tokens: readonly Token[]): string {
  let out = '';
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j]!;
    const prev = tokens[j - 1];
    if (prev && prev.kind !== 'sym' && t.kind !== 'sym') out += ' ';
    out += t.text;
  }
  return out;
}

/** A definition on one line, from what was read (comments and barriers, which change nothing, are left out). */
function definitionText(name: string, params: readonly string[], qargs: readonly string[], body: readonly BodyCall[]): string {
  const head = `gate ${name}${params.length ? `(${params.join(',')})` : ''} ${qargs.join(',')}`;
  const stmts = body.map((c) => `${c.name}${c.norms.length ? `(${c.norms.join(',')})` : ''} ${c.args.map((i) => qargs[i]).join(',')};`);
  return `${head} { ${stmts.length ? `${stmts.join(' ')} ` : ''}}`;
}

/** An expression without its tokens (depth is bounded by MAX_NESTING, so the recursion is too). */
function plainExpr(e: Expr): AngleExpr {
  switch (e.k) {
    case 'num': return e.pi ? { k: 'pi' } : { k: 'num', v: e.v };
    case 'param': return { k: 'param', i: e.i };
    case 'neg': return { k: 'neg', e: plainExpr(e.e) };
    case 'fn': return { k: 'fn', f: e.f as Extract<AngleExpr, { k: 'fn' }>['f'], e: plainExpr(e.e) };
    case 'bin': return { k: 'bin', op: e.op, a: plainExpr(e.a), b: plainExpr(e.b) };
  }
}

function copyOp(op: GateOp): GateOp {
  return op.params ? { gate: op.gate, wires: [...op.wires], params: [...op.params] } : { gate: op.gate, wires: [...op.wires] };
}
