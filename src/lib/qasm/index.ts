export { parseQasm, type ParseResult } from './parse';
export { readQasm, readProgram, MAX_QASM_LENGTH, MAX_GATES, type QasmResult, type QasmProblem, type QasmProgram, type ClassicalRegister, type QasmDefinitions, type GateDefinition, type GateCall, type AngleExpr, type BodyStatement } from './read';
export { toQasm, planCalls, definitionsNeeded } from './write';
export { evaluateAngle, formatAngle, type AngleResult } from './angle';
export { exportWith, circuitSvg, type ExportFormat } from './quantum-circuit-facade';
