// The program inside a confined grading process (bundled by runtime-bundle.ts into the sandbox folder, so the
// process needs to read nothing else). Requests arrive as JSON lines on stdin, replies leave as JSON lines on stdout;
// the learner's console output goes to stderr, which the harness caps and shows. Nothing here is trusted: the harness
// decides every verdict from the values alone.
import { createSandboxServer } from '../../../src/lib/exercises/sandbox/runtime';
import type { SandboxRequest } from '../../../src/lib/exercises/sandbox/protocol';
import { format } from 'node:util';
import { EXIT_LOG_FLOOD, MAX_LOG_BYTES } from './log-limit';

const out = process.stdout;
const server = createSandboxServer((reply) => {
  out.write(`${JSON.stringify(reply)}\n`);
});
// The learner's console goes to stderr, counted: past the limit the process stops itself with a known code.
const err = process.stderr;
let logged = 0;
const print = (...args: unknown[]) => {
  const text = `${format(...args)}\n`;
  logged += text.length;
  if (logged > MAX_LOG_BYTES) process.exit(EXIT_LOG_FLOOD);
  err.write(text);
};
for (const k of ['log', 'info', 'debug', 'table', 'dir', 'error', 'warn', 'trace'] as const) console[k] = print;

let buf = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => {
  buf += chunk;
  for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
    const line = buf.slice(0, i);
    buf = buf.slice(i + 1);
    server.handle(JSON.parse(line) as SandboxRequest);
  }
});
// The harness closes stdin when it is done; leave at once even if learner code left timers running.
process.stdin.on('end', () => process.exit(0));
