/**
 * The OpenQASM 2 tokenizer of the one reader (read.ts). Linear in the input: every pattern is a sticky regular
 * expression tried at the current position, never on a copy of the rest of the text.
 *
 * Lenient where people are: numbers may be written 12, .5, 1., 1.5e3 or 2e-3 (OpenQASM 2's `real` plus integer
 * mantissas with an exponent, which Qiskit and quantum-circuit write too); // and /* *\/ comments; a leading byte
 * order mark is skipped. Anything else that is not OpenQASM gives a problem with its line and column, and an
 * invisible character is named by its code point, since quoting it would show nothing.
 */
export interface Token {
  kind: 'id' | 'num' | 'str' | 'sym';
  text: string;
  /** The number's value (num only); Infinity for a literal too large for a double. */
  value: number;
  /** num only: written without a "." or exponent, so usable as a size or an index. */
  integer: boolean;
  line: number;
  column: number;
  /** Offset of the first character in the source. */
  pos: number;
}

export interface LexProblem {
  line: number;
  column: number;
  message: string;
}

const NUMBER = /(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?/y;
const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
const SPACE = /[ \t\r\u00A0]+/y;
const SYMBOLS = new Set([';', ',', '(', ')', '[', ']', '{', '}', '+', '-', '*', '/', '^']);

/** "U+200B (zero-width space)" for the invisible characters people paste by accident, else the character quoted. */
export function describeCharacter(ch: string): string {
  const cp = ch.codePointAt(0)!;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const names: Record<number, string> = {
    0x200b: 'zero-width space', 0x200c: 'zero-width non-joiner', 0x200d: 'zero-width joiner', 0x2060: 'word joiner',
    0xfeff: 'byte order mark', 0x00ad: 'soft hyphen', 0x2028: 'line separator', 0x2029: 'paragraph separator',
  };
  if (names[cp]) return `the invisible character ${hex} (${names[cp]})`;
  if (/[\p{C}\p{Z}]/u.test(ch)) return `the invisible character ${hex}`;
  return `the character "${ch}" (${hex})`;
}

export function tokenize(src: string): { tokens: Token[]; problems: LexProblem[] } {
  const tokens: Token[] = [];
  const problems: LexProblem[] = [];
  let i = src.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = 0;
  const col = (pos: number) => pos - lineStart + 1;
  const push = (kind: Token['kind'], text: string, value = NaN, integer = false) => {
    tokens.push({ kind, text, value, integer, line, column: col(i), pos: i });
    i += text.length;
  };
  const match = (re: RegExp): string | null => {
    re.lastIndex = i;
    const m = re.exec(src);
    return m ? m[0] : null;
  };
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '\n') {
      i++;
      line++;
      lineStart = i;
      continue;
    }
    const space = match(SPACE);
    if (space) {
      i += space.length;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (two === '//') {
      const end = src.indexOf('\n', i);
      i = end === -1 ? src.length : end;
      continue;
    }
    if (two === '/*') {
      const end = src.indexOf('*/', i + 2);
      if (end === -1) {
        problems.push({ line, column: col(i), message: 'a "/*" comment is never closed with "*/"' });
        break;
      }
      for (let k = i; k < end; k++) {
        if (src.charCodeAt(k) === 10) {
          line++;
          lineStart = k + 1;
        }
      }
      i = end + 2;
      continue;
    }
    if (two === '->' || two === '==') {
      push('sym', two);
      continue;
    }
    if (SYMBOLS.has(ch)) {
      push('sym', ch);
      continue;
    }
    if (ch === '"') {
      const end = src.indexOf('"', i + 1);
      const nl = src.indexOf('\n', i + 1);
      if (end === -1 || (nl !== -1 && nl < end)) {
        problems.push({ line, column: col(i), message: 'a quoted file name is never closed with "' });
        i = nl === -1 ? src.length : nl;
        continue;
      }
      push('str', src.slice(i, end + 1));
      continue;
    }
    const num = match(NUMBER);
    if (num) {
      const value = Number(num);
      if (!Number.isFinite(value)) problems.push({ line, column: col(i), message: `the number ${num} is too large (the largest usable number is about 1.8e308)` });
      push('num', num, value, /^\d+$/.test(num));
      continue;
    }
    const id = match(IDENT);
    if (id) {
      push('id', id);
      continue;
    }
    const cp = String.fromCodePoint(src.codePointAt(i)!);
    let message: string;
    if (cp === 'π') message = 'write pi, not π';
    else if (cp === '=') message = 'unexpected "="; a condition is written with "==", as in if (c == 1)';
    else if (/[\p{C}\p{Z}]/u.test(cp)) message = `unexpected ${describeCharacter(cp)}; delete it`;
    else if (cp.charCodeAt(0) < 128) message = `unexpected character "${cp}"`;
    else message = `unexpected ${describeCharacter(cp)}; OpenQASM 2 is written in plain ASCII`;
    problems.push({ line, column: col(i), message });
    i += cp.length;
  }
  return { tokens, problems };
}
