// What this machine can do to confine a grading process, found out once per run by trying each protection, and the
// command line that applies them. Node's permission model confines files, child processes, workers and addons but not
// sockets (Node 24 has no network permission), so the network is cut by running the process in a fresh network
// namespace (`unshare --net`, or inside a user namespace where the kernel lets a non-root user make one). Limits on
// memory, CPU time, file size and open files come from `prlimit`. As root the process also drops to user nobody.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Confinement {
  /** Protections that are in force. */
  available: string[];
  /** Protections this machine cannot give, each with the reason, in words for the instructor. */
  missing: string[];
  prlimit: string | null;
  /** The unshare arguments that cut the network, or null. */
  unshare: string[] | null;
  /** setpriv arguments that drop root, or null. */
  dropRoot: string[] | null;
}

const which = (cmd: string) => ['/usr/bin', '/bin', '/usr/sbin', '/sbin'].map((d) => `${d}/${cmd}`).find((p) => existsSync(p)) ?? null;
const works = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore', timeout: 10_000 }).status === 0;

let probed: Confinement | null = null;

export function probeConfinement(): Confinement {
  if (probed) return probed;
  const available = ['Node permission model (files read only inside the sandbox, writes only to its scratch folder, no child processes, workers or addons)', 'empty environment', 'own process group, killed as a whole'];
  const missing: string[] = [];
  const linux = process.platform === 'linux';
  const prlimit = linux ? which('prlimit') : null;
  if (prlimit && works(prlimit, ['--as=4294967296', '--', 'true'])) available.push('limits on memory (address space), CPU time, file size and open files (prlimit)');
  else missing.push(`resource limits: ${linux ? 'prlimit (util-linux) was not found or does not work' : `not available on ${process.platform}`}; only the wall-clock limit and Node's heap limit apply`);
  const unshareBin = linux ? which('unshare') : null;
  let unshare: string[] | null = null;
  if (unshareBin) {
    for (const args of [['--net'], ['--user', '--map-root-user', '--net']]) {
      if (works(unshareBin, [...args, 'true'])) {
        unshare = [unshareBin, ...args];
        break;
      }
    }
  }
  if (unshare) available.push(`no network (a new, empty network namespace: ${unshare.slice(1).join(' ')})`);
  else missing.push(`network isolation: ${linux ? 'this machine does not let the grader create a network namespace (unshare --net failed, as root and in a user namespace)' : `network namespaces do not exist on ${process.platform}`}; learner code could open sockets`);
  const setpriv = linux ? which('setpriv') : null;
  const dropRoot = process.getuid?.() === 0 && setpriv && works(setpriv, ['--reuid=65534', '--regid=65534', '--clear-groups', 'true'])
    ? [setpriv, '--reuid=65534', '--regid=65534', '--clear-groups']
    : null;
  if (dropRoot) available.push('runs as user nobody, not root');
  else if (process.getuid?.() === 0) missing.push('dropping root: setpriv was not found; the confined process keeps root rights outside what the permission model blocks');
  probed = { available, missing, prlimit: missing.some((m) => m.startsWith('resource')) ? null : prlimit, unshare, dropRoot };
  return probed;
}

export interface Limits {
  /** Processor time per check, in seconds. */
  cpuSeconds: number;
  /** Wall-clock time per check, in seconds: for code that waits instead of computing. */
  wallSeconds: number;
  /** Address space, in MiB (what the OS counts; V8 reserves about 1.5 GiB of it before any allocation). */
  memoryMb: number;
  /** JavaScript heap, in MiB. */
  heapMb: number;
  /** Largest file the process may write, in bytes. */
  fileBytes: number;
}

export const DEFAULT_LIMITS: Limits = { cpuSeconds: 30, wallSeconds: 180, memoryMb: 3072, heapMb: 1024, fileBytes: 1 << 20 };

/** The command and arguments that run `script` confined to `dir`. */
export function confinedCommand(c: Confinement, limits: Limits, dir: string, script: string): { cmd: string; args: string[] } {
  const node = [process.execPath, '--permission', `--allow-fs-read=${dir}`, `--allow-fs-write=${dir}/scratch`, `--max-old-space-size=${limits.heapMb}`, '--disable-wasm-trap-handler', '--no-warnings', script];
  const prl = c.prlimit
    ? [c.prlimit, `--as=${limits.memoryMb * 1024 * 1024}`, `--cpu=${Math.ceil(limits.cpuSeconds)}:${Math.ceil(limits.cpuSeconds) + 1}`, `--fsize=${limits.fileBytes}`, '--nofile=64', '--core=0', '--']
    : [];
  const all = [...(c.unshare ? [...c.unshare, '--'] : []), ...(c.dropRoot ? [...c.dropRoot, '--'] : []), ...prl, ...node];
  return { cmd: all[0]!, args: all.slice(1) };
}
