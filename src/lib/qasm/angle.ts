/**
 * Safe arithmetic for angles typed by learners or found in OpenQASM: numbers, pi, + - * / ^, parentheses and the
 * OpenQASM 2 functions. A small recursive-descent parser, so no user text ever reaches eval.
 */
const FUNCS: Record<string, (x: number) => number> = {
  sin: Math.sin, cos: Math.cos, tan: Math.tan, exp: Math.exp, ln: Math.log, sqrt: Math.sqrt,
};

export type AngleResult = { ok: true; value: number } | { ok: false; message: string };

export function evaluateAngle(text: string): AngleResult {
  const src = text.trim();
  let i = 0;
  const fail = (msg: string): never => {
    throw new SyntaxError(msg);
  };
  const skip = () => {
    while (i < src.length && /\s/.test(src[i]!)) i++;
  };
  const peek = () => (skip(), src[i]);
  function primary(): number {
    const ch = peek();
    if (ch === '(') {
      i++;
      const v = sum();
      if (peek() !== ')') fail(`expected ")" at position ${i + 1}`);
      i++;
      return v;
    }
    if (ch === '-' || ch === '+') {
      i++;
      const v = power();
      return ch === '-' ? -v : v;
    }
    const num = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i));
    if (num) {
      i += num[0].length;
      return Number(num[0]);
    }
    const word = /^[a-zA-Zπ]+/.exec(src.slice(i));
    if (word) {
      i += word[0].length;
      const w = word[0];
      if (w === 'pi' || w === 'π') return Math.PI;
      const f = FUNCS[w];
      if (f) {
        if (peek() !== '(') fail(`expected "(" after ${w}`);
        return f(primary());
      }
      fail(`unknown name "${w}" (use numbers, pi, + - * / ^ and sin, cos, tan, exp, ln, sqrt)`);
    }
    return fail(ch === undefined ? 'the expression ends too early' : `unexpected "${ch}" at position ${i + 1}`);
  }
  function power(): number {
    const base = primary();
    if (peek() === '^') {
      i++;
      return base ** power();
    }
    return base;
  }
  function product(): number {
    let v = power();
    for (let ch = peek(); ch === '*' || ch === '/'; ch = peek()) {
      i++;
      v = ch === '*' ? v * power() : v / power();
    }
    return v;
  }
  function sum(): number {
    let v = product();
    for (let ch = peek(); ch === '+' || ch === '-'; ch = peek()) {
      i++;
      v = ch === '+' ? v + product() : v - product();
    }
    return v;
  }
  try {
    if (src === '') return { ok: false, message: 'the angle is empty' };
    const value = sum();
    if (peek() !== undefined) fail(`unexpected "${src[i]}" at position ${i + 1}`);
    if (!Number.isFinite(value)) return { ok: false, message: `"${text}" is not a finite number` };
    return { ok: true, value };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}

/** Writes an angle readably (pi/2, -3*pi/4) when it is a simple multiple of pi, else in full precision. */
export function formatAngle(x: number): string {
  if (x === 0) return '0';
  for (const d of [1, 2, 3, 4, 6, 8, 12, 16]) {
    const k = (x * d) / Math.PI;
    const r = Math.round(k);
    if (r !== 0 && Math.abs(k - r) < 1e-12 && Math.abs(r) <= 64) {
      const num = r === 1 ? 'pi' : r === -1 ? '-pi' : `${r}*pi`;
      return d === 1 ? num : `${num}/${d}`;
    }
  }
  return String(x);
}
