/**
 * parseQasm: the playground's name for the one reader (readQasm in ./read), kept async so callers that await it
 * need not change. There is no second pass any more: readQasm checks the whole grammar itself, so a paste and a
 * lesson program get the same answer and the same messages, and quantum-circuit is no longer loaded to read.
 */
import { readQasm, type QasmResult } from './read';

export { MAX_QASM_LENGTH } from './read';

export type ParseResult = QasmResult;

export async function parseQasm(text: string): Promise<ParseResult> {
  return readQasm(text);
}
