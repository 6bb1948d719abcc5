// The browser pool's fallback, in Node where no page isolates anything: shared memory exists here, but a context
// that is not cross-origin isolated must get no pool, silently, so the caller runs on its own thread. (Threads in a
// real isolated page are proven in e2e/isolation.spec.ts.)
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('browser thread pool fallback', () => {
  it('says memory cannot be shared unless the context is cross-origin isolated', async () => {
    const { canShareMemory } = await import('../../../src/lib/quantum/threads-browser');
    expect(typeof SharedArrayBuffer).toBe('function');
    vi.stubGlobal('crossOriginIsolated', false);
    expect(canShareMemory()).toBe(false);
    vi.stubGlobal('crossOriginIsolated', true);
    expect(canShareMemory()).toBe(true);
  });

  it('gives no pool, without throwing, where the page is not isolated', async () => {
    vi.stubGlobal('crossOriginIsolated', false);
    vi.stubGlobal('navigator', { hardwareConcurrency: 4 });
    const { browserThreadPool } = await import('../../../src/lib/quantum/threads-browser');
    await expect(browserThreadPool()).resolves.toBeNull();
  });

  it('gives no pool where a thread cannot start (no Worker here), and never rejects', async () => {
    vi.stubGlobal('crossOriginIsolated', true);
    vi.stubGlobal('navigator', { hardwareConcurrency: 4 });
    vi.stubGlobal('Worker', class { constructor() { throw new Error('workers are not allowed here'); } });
    const { browserThreadPool } = await import('../../../src/lib/quantum/threads-browser');
    await expect(browserThreadPool()).resolves.toBeNull();
  });

  it('gives no pool on a single core, where a second thread could only slow the run', async () => {
    vi.stubGlobal('crossOriginIsolated', true);
    vi.stubGlobal('navigator', { hardwareConcurrency: 1 });
    const { browserThreadPool } = await import('../../../src/lib/quantum/threads-browser');
    await expect(browserThreadPool()).resolves.toBeNull();
  });
});
