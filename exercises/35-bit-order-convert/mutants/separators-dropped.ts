// Mistake: strips the spaces between registers before reversing, so '011 01' comes back as '10110'.
import type { Counts } from '../solution/bit-order';
const flip = (c: Counts): Counts => Object.fromEntries(Object.entries(c).map(([k, v]) => [k.replace(/ /g, '').split('').reverse().join(''), v]));
export const toBigEndian = flip;
export const toLittleEndian = flip;
