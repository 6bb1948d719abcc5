/**
 * The script of one browser sandbox worker: the learner's compiled module body first (so its line L is the script's
 * line L + 1), then the exercise's helper files, then the sandbox program. Written as a script rather than evaluated
 * with `new Function`, so neither the site nor the sandbox frame needs to allow eval.
 */
import type { LoadRequest } from '../protocol';

export function workerScript(load: LoadRequest, runtime: string): string {
  const body = (code: string) => `function (require, exports, module) {\n${code}\n}`;
  const helpers = load.helpers.map((h) => `${JSON.stringify(h.path)}: ${body(h.code)}`).join(',\n');
  return [
    `var __qgenMain = ${body(load.code)};`,
    `var __qgenHelpers = {${helpers}};`,
    `var __qgenCodeLines = ${load.code.split('\n').length};`,
    runtime,
  ].join('\n');
}
