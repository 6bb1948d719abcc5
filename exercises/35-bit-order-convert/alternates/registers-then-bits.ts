// Correct, another way: split the key into registers at its spaces, put the registers in the opposite order and
// reverse the bits inside each, then join them again with spaces.
import type { Counts } from '../solution/bit-order';

const convertKey = (key: string) => key.split(' ').map((r) => r.split('').reverse().join('')).reverse().join(' ');
const convertAll = (counts: Counts): Counts => Object.fromEntries(Object.entries(counts).map(([k, n]) => [convertKey(k), n]));

export const toBigEndian = (counts: Counts): Counts => convertAll(counts);
export const toLittleEndian = (counts: Counts): Counts => convertAll(counts);
