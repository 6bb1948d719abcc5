// Mistake: reverses the digits of the number and pads on the left afterwards, so '0010' and '0001' both become
// '0001' and one count overwrites the other.
import type { Counts } from '../solution/bit-order';
const flip = (c: Counts): Counts => {
  const out: Counts = {};
  for (const [k, v] of Object.entries(c)) {
    const rev = parseInt(k.replace(/ /g, ''), 2).toString(2).split('').reverse().join('');
    out[rev.padStart(k.length, '0')] = v;
  }
  return out;
};
export const toBigEndian = flip;
export const toLittleEndian = flip;
