/**
 * Below this many qubits a circuit runs on one thread: each step ends in a barrier costing tens of microseconds, as
 * much as a whole pass over a 13-qubit state (measurements in ./thread-pool.ts). Its own module so that a page can
 * say the figure without bundling the pool.
 */
export const THREAD_MIN_QUBITS = 14;
