// Correct, another way: character i of the new key is character (length − 1 − i) of the old one, written with an
// index loop; toLittleEndian is defined through toBigEndian, since the operation undoes itself.
import type { Counts } from '../solution/bit-order';

export function toBigEndian(counts: Counts): Counts {
  const out: Counts = {};
  for (const key of Object.keys(counts)) {
    let flipped = '';
    for (let i = key.length - 1; i >= 0; i--) flipped += key.charAt(i);
    out[flipped] = counts[key]!;
  }
  return out;
}

export const toLittleEndian = (counts: Counts): Counts => toBigEndian(counts);
