/**
 * parseQasm: OpenQASM 2 text from a learner (untrusted) to a Circuit, or a message naming the line. Never throws.
 *
 * Three passes, each catching what the next cannot:
 * 1. lexProblem: characters quantum-circuit's lexer would only complain about on the console;
 * 2. quantum-circuit's ANTLR grammar, with the error callback (without it, syntax errors pass silently);
 * 3. readQasm: register sizes from `qreg`, known gates, qubit range, finite angles, qubit budget, then the engine's
 *    validateCircuit. measure, barrier and creg are accepted and listed in `notes` as not simulated.
 */
import { lexProblem } from './lex';
import { loadQuantumCircuit, type QcSyntaxError } from './load-quantum-circuit';
import { readQasm, withoutComments, type QasmResult } from './read';

/** A longer paste is not a hand-written program, and checking it would freeze the page. */
export const MAX_QASM_LENGTH = 100_000;

export type ParseResult = QasmResult;

function located(line: number, column: number, message: string): ParseResult {
  return { ok: false, line, column, message: `Line ${line}, column ${column}: ${message}${/[.!?]$/.test(message) ? '' : '.'}` };
}

/**
 * ANTLR's message, placed where a learner looks. It reports a missing ";" at the next token, usually on the next
 * line; the fix belongs right after the previous token, so that is the position reported.
 */
function syntaxError(text: string, e: QcSyntaxError): ParseResult {
  const msg = e.msg.replace(/'<EOF>'|<EOF>/g, 'the end of the program');
  const missing = /^missing '(.)' at (.*)$/.exec(msg);
  if (missing) {
    const lines = text.split('\n');
    let offset = lines.slice(0, e.line - 1).reduce((s, l) => s + l.length + 1, 0) + e.col;
    const code = withoutComments(text);
    while (offset > 0 && /\s/.test(code[offset - 1]!)) offset--;
    const before = code.slice(0, offset).split('\n');
    return located(before.length, before[before.length - 1]!.length + 1, `missing "${missing[1]}" here, before ${missing[2]}`);
  }
  return located(e.line, e.col + 1, msg);
}

/** Other versions fail the grammar somewhere in the middle; saying so up front is clearer. */
function versionProblem(text: string): ParseResult | null {
  const m = /^\s*OPENQASM\s+([^;\s]+)/.exec(withoutComments(text));
  if (!m || /^2(\.0)?$/.test(m[1]!)) return null;
  const line = withoutComments(text).slice(0, m.index + m[0].length).split('\n').length;
  return { ok: false, line, message: `Line ${line}: only OpenQASM 2 is supported; this program says OPENQASM ${m[1]}.` };
}

export async function parseQasm(text: string): Promise<ParseResult> {
  if (typeof text !== 'string') return { ok: false, message: 'The program must be text.' };
  if (text.length > MAX_QASM_LENGTH) {
    return { ok: false, message: `The program is ${text.length.toLocaleString('en')} characters long; the limit is ${MAX_QASM_LENGTH.toLocaleString('en')}.` };
  }
  const version = versionProblem(text);
  if (version) return version;
  const lex = lexProblem(text);
  if (lex) return located(lex.line, lex.column, lex.message);

  let errors: QcSyntaxError[] = [];
  try {
    const QuantumCircuit = await loadQuantumCircuit();
    new QuantumCircuit().importQASM(text, (e) => (errors = Array.isArray(e) ? e : []));
  } catch {
    // Either quantum-circuit did not load (offline) or its model builder tripped over a program the grammar
    // accepted. Both cases fall through to readQasm, which is strict on its own; any syntax errors collected still win.
  }
  const first = errors[0];
  if (first) return syntaxError(text, first);

  return readQasm(text);
}
