// One confined grading process per check, as a SandboxTransport: a fresh throwaway folder holding only the sandbox
// program (and an empty scratch folder), the process started with the protections of confinement.ts, requests on its
// stdin and replies on its stdout. Output is capped; time is limited by CPU (prlimit) and by the wall clock; when the
// check is done, or anything goes wrong, the whole process group is killed and the folder removed.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SandboxStopped, type SandboxTransport } from '../../../src/lib/exercises/sandbox/remote-learner';
import type { SandboxRequest } from '../../../src/lib/exercises/sandbox/protocol';
import { confinedCommand, probeConfinement, type Limits } from './confinement';
import { runtimeBundle } from './runtime-bundle';
import { EXIT_LOG_FLOOD, MAX_LOG_BYTES } from './log-limit';

/** Replies larger than this in total are a flood, not an answer (a 2^20 state as base64 is about 11 MB). */
export const MAX_REPLY_BYTES = 256 * 1024 * 1024;
/** One reply line longer than this is refused before it is parsed. */
const MAX_LINE_CHARS = 64 * 1024 * 1024;
/** Learner console output kept for messages; the process is stopped if it prints more than MAX_LOG_BYTES. */
const KEPT_LOG_CHARS = 4000;

/** Folders of processes still running, removed on exit even if a caller forgets (or the run is interrupted). */
const live = new Set<{ kill: () => void }>();
process.once('exit', () => {
  for (const l of live) l.kill();
});

export interface ConfinedTransport extends SandboxTransport {
  /** What the learner's code printed (capped), for a message when it fails. */
  log(): string;
}

export function confinedTransport(limits: Limits): ConfinedTransport {
  const confinement = probeConfinement();
  const dir = mkdtempSync(join(tmpdir(), 'qgen-sandbox-'));
  mkdirSync(join(dir, 'scratch'));
  const script = join(dir, 'runtime.mjs');
  writeFileSync(script, runtimeBundle());
  if (confinement.dropRoot) {
    // User nobody must read the program and write scratch; nothing else in the folder exists to protect.
    chmodSync(dir, 0o755);
    chmodSync(script, 0o644);
    chmodSync(join(dir, 'scratch'), 0o777);
  }
  const { cmd, args } = confinedCommand(confinement, limits, dir, script);
  const child = spawn(cmd, args, { cwd: dir, env: {}, stdio: ['pipe', 'pipe', 'pipe'], detached: true });

  let receive: (raw: unknown) => void = () => {};
  let stopped: (e: SandboxStopped) => void = () => {};
  let ended = false;
  let stopReason: SandboxStopped | null = null;
  let replyBytes = 0;
  let logBytes = 0;
  let log = '';
  let partial = '';

  const entry = {
    kill() {
      if (child.pid) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
      rmSync(dir, { recursive: true, force: true });
      live.delete(entry);
    },
  };
  live.add(entry);

  const stop = (e: SandboxStopped) => {
    stopReason ??= e;
    entry.kill();
  };
  const wall = setTimeout(() => stop(new SandboxStopped('wall', `Stopped after ${limits.wallSeconds} s without an answer: does your code wait for something, or loop without end?`)), limits.wallSeconds * 1000);

  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    replyBytes += chunk.length;
    if (replyBytes > MAX_REPLY_BYTES) return stop(new SandboxStopped('output', `Stopped: your code sent back more than ${MAX_REPLY_BYTES / 1024 / 1024} MB.`));
    partial += chunk;
    if (partial.length > MAX_LINE_CHARS) return stop(new SandboxStopped('output', `Stopped: your code wrote more than ${MAX_LINE_CHARS / 1024 / 1024} MB to standard output without a line break.`));
    for (let i = partial.indexOf('\n'); i >= 0; i = partial.indexOf('\n')) {
      const line = partial.slice(0, i);
      partial = partial.slice(i + 1);
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        continue; // something the learner's code wrote to stdout itself: not a reply
      }
      receive(parsed);
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    logBytes += chunk.length;
    if (log.length < KEPT_LOG_CHARS) log += chunk.slice(0, KEPT_LOG_CHARS - log.length);
    if (logBytes > MAX_LOG_BYTES) stop(new SandboxStopped('output', `Stopped: your code printed more than ${MAX_LOG_BYTES / 1024 / 1024} MB.`));
  });
  child.stdin.on('error', () => {}); // the process may die before reading what was sent
  child.on('error', (e) => stop(new SandboxStopped('crashed', `The grading sandbox could not start: ${e.message}`)));
  child.on('close', (code, signal) => {
    clearTimeout(wall);
    entry.kill();
    if (ended && !stopReason) return;
    ended = true;
    if (stopReason) return stopped(stopReason);
    if (code === EXIT_LOG_FLOOD) return stopped(new SandboxStopped('output', `Stopped: your code printed more than ${MAX_LOG_BYTES / 1024 / 1024} MB.`));
    if (signal === 'SIGXCPU' || (signal === 'SIGKILL' && confinement.prlimit)) {
      return stopped(new SandboxStopped('cpu', `Stopped: your code used more than ${limits.cpuSeconds} s of processor time on this check, slower than allowed (a correct solution needs far less). Does a loop never end?`));
    }
    if (/out of memory|allocation failed|Cannot allocate|heap limit/i.test(log)) {
      return stopped(new SandboxStopped('memory', `Stopped: your code ran out of memory (the limit is ${limits.memoryMb} MB of address space, ${limits.heapMb} MB of JavaScript heap).`));
    }
    const tail = log.trim().split('\n').slice(-2).join(' ').slice(0, 300);
    stopped(new SandboxStopped('crashed', `Your code stopped the grading process (exit ${code ?? signal})${tail ? `: ${tail}` : ''}.`));
  });

  return {
    send(req: SandboxRequest) {
      if (!ended && !stopReason) child.stdin.write(`${JSON.stringify(req)}\n`);
    },
    listen(r, s) {
      receive = r;
      stopped = s;
    },
    close() {
      ended = true;
      clearTimeout(wall);
      entry.kill();
    },
    log: () => log,
  };
}
