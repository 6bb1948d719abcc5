/**
 * Angles typed by learners: read by the one OpenQASM reader's expression grammar (readAngle), so the palette accepts
 * exactly what a program may write (numbers, pi, + - * / ^, parentheses, sin cos tan exp ln sqrt) and no user text
 * ever reaches eval.
 */
import { readAngle } from './read';

export type AngleResult = { ok: true; value: number } | { ok: false; message: string };

export function evaluateAngle(text: string): AngleResult {
  return readAngle(text);
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
