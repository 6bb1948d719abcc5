/**
 * The Chow–Liu tree of a distribution over n bits: the spanning tree over the bits that maximises the summed pairwise
 * mutual information. Liu & Wang (2018) place their CNOTs on its edges, so the entangler links the pixels that the
 * data says are most dependent. Ties (bars and stripes has many) are broken by pair order, so the tree is fixed.
 */

/** Mutual information I(X_i; X_j) in nats from the joint distribution of bits i and j. */
export function pairMutualInformation(p: ArrayLike<number>, i: number, j: number): number {
  const joint = [0, 0, 0, 0];
  for (let x = 0; x < p.length; x++) joint[((x >> i) & 1) + 2 * ((x >> j) & 1)]! += p[x]!;
  const pi = [joint[0]! + joint[2]!, joint[1]! + joint[3]!];
  const pj = [joint[0]! + joint[1]!, joint[2]! + joint[3]!];
  let mi = 0;
  for (let a = 0; a < 2; a++) {
    for (let b = 0; b < 2; b++) {
      const pab = joint[a + 2 * b]!;
      if (pab > 0) mi += pab * Math.log(pab / (pi[a]! * pj[b]!));
    }
  }
  return mi;
}

/**
 * Maximum spanning tree (Prim's algorithm, root 0) as directed edges [parent, child] in the order the tree grows,
 * which is the order the CNOTs are applied: each CNOT's control has already been reached from the root.
 */
export function chowLiuTree(p: ArrayLike<number>, numBits: number): Array<[number, number]> {
  const mi: number[][] = Array.from({ length: numBits }, () => new Array<number>(numBits).fill(0));
  for (let i = 0; i < numBits; i++) for (let j = i + 1; j < numBits; j++) mi[i]![j] = mi[j]![i] = pairMutualInformation(p, i, j);
  const inTree = new Array<boolean>(numBits).fill(false);
  inTree[0] = true;
  const edges: Array<[number, number]> = [];
  for (let added = 1; added < numBits; added++) {
    let best: [number, number] | null = null;
    let bestMi = -Infinity;
    for (let u = 0; u < numBits; u++) {
      if (!inTree[u]) continue;
      for (let v = 0; v < numBits; v++) {
        // 1e-12 keeps rounding noise from deciding between pairs whose information is equal by symmetry.
        if (!inTree[v] && mi[u]![v]! > bestMi + 1e-12) {
          bestMi = mi[u]![v]!;
          best = [u, v];
        }
      }
    }
    edges.push(best!);
    inTree[best![1]] = true;
  }
  return edges;
}
