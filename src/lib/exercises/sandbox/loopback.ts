/**
 * A sandbox transport inside one process, for the graders' own tests: requests and replies go through JSON text
 * exactly as they do between processes, so a check sees the same values, copies and errors as under `npm run grade`.
 * It confines nothing; use it only for code the project wrote (references, mutants, alternates).
 */
import { createSandboxServer } from './runtime';
import type { SandboxReply, SandboxRequest } from './protocol';
import type { SandboxStopped, SandboxTransport } from './remote-learner';

export function loopbackTransport(preloaded?: Record<string, unknown>): SandboxTransport {
  let receive: ((raw: unknown) => void) | null = null;
  let closed = false;
  const server = createSandboxServer((reply: SandboxReply) => {
    const text = JSON.stringify(reply);
    // Replies arrive asynchronously, as they would from another process.
    queueMicrotask(() => {
      if (!closed) receive?.(JSON.parse(text));
    });
  }, { preloaded });
  return {
    send(req: SandboxRequest) {
      if (closed) return;
      server.handle(JSON.parse(JSON.stringify(req)) as SandboxRequest);
    },
    listen(r: (raw: unknown) => void, _stopped: (e: SandboxStopped) => void) {
      receive = r;
    },
    close() {
      closed = true;
    },
  };
}
