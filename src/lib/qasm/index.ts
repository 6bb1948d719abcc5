export { parseQasm, MAX_QASM_LENGTH, type ParseResult } from './parse';
export { readQasm, type QasmResult } from './read';
export { toQasm } from './write';
export { evaluateAngle, formatAngle, type AngleResult } from './angle';
export { exportWith, circuitSvg, type ExportFormat } from './quantum-circuit-facade';
