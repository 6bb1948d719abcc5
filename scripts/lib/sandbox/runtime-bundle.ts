// The sandbox's program as one self-contained ES module, built once per run with esbuild (already the bundler under
// tsx; named in package.json). One file means the confined process is allowed to read that file and nothing else.
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

let cached: string | null = null;

export function runtimeBundle(): string {
  if (cached) return cached;
  const result = buildSync({
    entryPoints: [fileURLToPath(new URL('./child-entry.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    write: false,
    logLevel: 'silent',
  });
  cached = result.outputFiles[0]!.text;
  return cached;
}
