/** Stabilizer (Clifford) simulation by the Aaronson–Gottesman tableau: polynomial where state vectors pay 2^n. */
export * from './tableau';
export * from './measure';
export * from './circuit';
export * from './circuits';
export * from './sampler';
