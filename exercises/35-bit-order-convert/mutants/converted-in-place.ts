// Mistake: rewrites the keys inside the object it was given (to save a copy), so the caller's counts are gone.
import type { Counts } from '../solution/bit-order';
const flip = (c: Counts): Counts => {
  const entries = Object.entries(c);
  for (const [k] of entries) delete c[k];
  for (const [k, v] of entries) c[[...k].reverse().join('')] = v;
  return c;
};
export const toBigEndian = flip;
export const toLittleEndian = flip;
