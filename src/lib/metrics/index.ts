/** Distances between probability distributions over 2^n outcomes (course index convention: bit q is qubit/pixel q). */
export { assertDistribution, normalize, histogram, SUM_TOLERANCE } from './distribution';
export { klDivergence, klDivergenceBits } from './kl';
export { totalVariation } from './total-variation';
export { mmdSquared, mmd, mixtureKernel, BAS_BANDWIDTHS } from './mmd';
