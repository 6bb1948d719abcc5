/**
 * A character-level check that runs before quantum-circuit's ANTLR parser sees the text.
 *
 * Why: quantum-circuit hands parser errors to our callback, but its lexer reports unknown characters ("@", "π", a
 * lone "=", "Foo") straight to console.error and carries on. A learner's paste must give a message in the page, not
 * noise in the console, so anything that lexer would reject is caught here first, with its line and column.
 * The rules mirror that lexer as measured on quantum-circuit 0.9.250: identifiers start with a lowercase letter
 * (uppercase only for the keywords U, CX and OPENQASM); numbers are 12, 1.5, 1.5E-3 or 1e+3.
 */
export interface LexProblem {
  line: number;
  column: number;
  message: string;
}

const UPPERCASE_KEYWORDS = new Set(['U', 'CX', 'OPENQASM']);
const SINGLE = new Set([';', '(', ')', '[', ']', '{', '}', ',', '^', '*', '/', '+', '-']);
/** Larger integers only appear in hostile or mistaken programs, and quantum-circuit would size arrays by them. */
export const MAX_INTEGER_IN_SOURCE = 1000;

export function lexProblem(src: string): LexProblem | null {
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const at = (message: string, pos = i): LexProblem => ({ line, column: pos - lineStart + 1, message });
  const advanceTo = (end: number) => {
    for (; i < end; i++) {
      if (src[i] === '\n') {
        line++;
        lineStart = i + 1;
      }
    }
  };
  while (i < src.length) {
    const ch = src[i]!;
    const rest = src.slice(i, i + 2);
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') advanceTo(i + 1);
    else if (rest === '//') {
      const end = src.indexOf('\n', i);
      advanceTo(end === -1 ? src.length : end);
    } else if (rest === '/*') {
      const end = src.indexOf('*/', i + 2);
      if (end === -1) return at('a "/*" comment is never closed with "*/"');
      advanceTo(end + 2);
    } else if (ch === '"') {
      const end = src.indexOf('"', i + 1);
      if (end === -1 || src.slice(i, end).includes('\n')) return at('a quoted file name is never closed with "');
      advanceTo(end + 1);
    } else if (rest === '==' || rest === '->') advanceTo(i + 2);
    else if (SINGLE.has(ch)) advanceTo(i + 1);
    else if (/[0-9]/.test(ch)) {
      const m = /^[0-9]+(\.[0-9]+)?([eE][-+][0-9]+)?/.exec(src.slice(i))!;
      const after = src[i + m[0].length];
      if (after === '.') return at(`cannot read the number "${m[0]}." (write it as ${m[0]}.0)`);
      if (!m[1] && !m[2] && Number(m[0]) > MAX_INTEGER_IN_SOURCE) {
        return at(`the number ${m[0]} is far beyond what this simulator can hold (at most a few dozen qubits)`);
      }
      advanceTo(i + m[0].length);
    } else if (ch === '.') return at('cannot read a number that starts with "." (write 0.5, not .5)');
    else if (/[A-Za-z_]/.test(ch)) {
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))![0];
      if (!/[a-z]/.test(ch) && !UPPERCASE_KEYWORDS.has(word)) {
        return at(`"${word}" is not a valid OpenQASM 2 name (names start with a lowercase letter)`);
      }
      advanceTo(i + word.length);
    } else {
      const shown = JSON.stringify(String.fromCodePoint(src.codePointAt(i)!));
      return at(ch === 'π' ? 'write pi, not π' : `unexpected character ${shown}`);
    }
  }
  return null;
}
