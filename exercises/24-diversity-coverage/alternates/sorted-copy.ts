// Correct, another way: sorts a copy and counts the runs of equal strings; coverage by binary search in that copy.
export function diversity(samples: string[], target: string[]) {
  const sorted = [...samples].sort();
  const unique: string[] = [];
  for (const s of sorted) if (unique[unique.length - 1] !== s) unique.push(s);
  const has = (t: string) => {
    let lo = 0;
    let hi = unique.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (unique[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    return unique[lo] === t;
  };
  let hits = 0;
  for (const t of target) if (has(t)) hits++;
  return { distinct: unique.length, diversity: sorted.length > 0 ? unique.length / sorted.length : 0, coverage: hits / target.length };
}
