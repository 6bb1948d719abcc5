// Mistake: goes through the number: parseInt(key, 2).toString(2) drops the leading zeros before reversing.
import type { Counts } from '../solution/bit-order';
const flip = (c: Counts): Counts => {
  const out: Counts = {};
  for (const [k, v] of Object.entries(c)) out[parseInt(k, 2).toString(2).split('').reverse().join('')] = v;
  return out;
};
export const toBigEndian = flip;
export const toLittleEndian = flip;
