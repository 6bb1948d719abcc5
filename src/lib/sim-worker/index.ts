export { SimWorkerClient, SimCancelledError } from './client';
export { simulateRequest } from './simulate-request';
export { shouldUseWorker, simulationCost, MAIN_THREAD_MAX_QUBITS, MAIN_THREAD_MAX_COST } from './policy';
export { topIndices } from './top-indices';
export type { SimRequest, SimResult, ResultRow, SimMessage } from './protocol';
