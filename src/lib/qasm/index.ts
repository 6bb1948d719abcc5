export { parseQasm, type ParseResult } from './parse';
export { toQasm } from './write';
export { evaluateAngle, formatAngle, type AngleResult } from './angle';
export { exportWith, circuitSvg, type ExportFormat } from './quantum-circuit-facade';
