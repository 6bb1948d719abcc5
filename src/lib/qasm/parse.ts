/**
 * parseQasm: the playground paste box's name for the one reader (readProgram in ./read), kept async so callers that
 * await it need not change. It returns pure circuits and dynamic programs (mid-circuit measurement, reset, if) alike;
 * the paste box runs the second kind through the engine's shot-by-shot path.
 */
import { readProgram, type QasmProgram } from './read';

export { MAX_QASM_LENGTH } from './read';

export type ParseResult = QasmProgram;

export async function parseQasm(text: string): Promise<ParseResult> {
  return readProgram(text);
}
