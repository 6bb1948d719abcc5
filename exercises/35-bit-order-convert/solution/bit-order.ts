export type Counts = Record<string, number>;

// The key's last character (qubit 0 in little-endian) becomes its first; spaces between registers travel with them.
const reversedKey = (key: string): string => [...key].reverse().join('');

function reverseKeys(counts: Counts): Counts {
  const out: Counts = {};
  for (const [key, count] of Object.entries(counts)) out[reversedKey(key)] = count;
  return out;
}

export function toBigEndian(counts: Counts): Counts {
  return reverseKeys(counts);
}

export function toLittleEndian(counts: Counts): Counts {
  return reverseKeys(counts);
}
