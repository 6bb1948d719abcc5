/**
 * The program of a browser sandbox worker, bundled into a classic script by the `sandbox-worker-runtime` Vite plugin
 * (astro.config.mjs) and appended by the grading worker after the learner's module bodies (worker-script.ts). It runs
 * in an opaque-origin worker started by the sandbox frame, so it has no storage, no network and no page; it answers
 * calls exactly as the command line's sandbox does (../runtime.ts).
 */
import { createSandboxServer } from '../runtime';
import type { ModuleFactory } from '../../learner-module';
import type { SandboxRequest } from '../protocol';

declare const __qgenMain: ModuleFactory;
declare const __qgenHelpers: Record<string, ModuleFactory>;
declare const __qgenCodeLines: number;

const scope = self as unknown as { location: { href: string }; postMessage(m: unknown): void; onmessage: ((e: MessageEvent) => void) | null };
const here = scope.location.href;
const escaped = here.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The learner's line: the learner's code starts on line 2 of this script (see worker-script.ts). */
function lineOf(e: unknown): number | null {
  const stack = e instanceof Error ? (e.stack ?? '') : '';
  for (const m of stack.matchAll(new RegExp(`${escaped}:(\\d+):\\d+`, 'g'))) {
    const line = Number(m[1]) - 1;
    if (line >= 1 && line <= __qgenCodeLines) return line;
  }
  return null;
}

const server = createSandboxServer((reply) => scope.postMessage(reply), { factories: { main: __qgenMain, helpers: __qgenHelpers }, lineOf });
scope.onmessage = (e: MessageEvent) => server.handle(e.data as SandboxRequest);
