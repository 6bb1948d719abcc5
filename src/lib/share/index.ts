export { encodeCircuit, decodeCircuit, readFromHash, writeToHash, MAX_ENCODED_LENGTH, type DecodeResult } from './circuit-url';
