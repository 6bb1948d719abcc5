// public/sw-isolation.js, run as the service worker runs it (a classic script in a global with FetchEvent), against
// Node's own Response and Headers: which answers get the isolation headers, and which are left exactly as they were.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const SOURCE = readFileSync('public/sw-isolation.js', 'utf8');

/** A fake FetchEvent whose respondWith records what the browser would be handed; the script wraps it. */
function load() {
  class FetchEvent {
    answered: Promise<Response> | null = null;
    respondWith(r: Promise<Response>) { this.answered = Promise.resolve(r); }
  }
  runInNewContext(SOURCE, { FetchEvent, Response, Headers, Promise });
  return async (answer: Response | Promise<Response>) => {
    const e = new FetchEvent();
    e.respondWith(answer as Promise<Response>);
    return e.answered!;
  };
}

describe('the service worker isolation headers', () => {
  const serve = load();

  it('adds COOP same-origin and COEP require-corp to a page, keeping its status, headers and body', async () => {
    const res = await serve(new Response('<p>page</p>', { status: 200, statusText: 'OK', headers: { 'Content-Type': 'text/html' } }));
    expect(res.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(res.headers.get('Cross-Origin-Embedder-Policy')).toBe('require-corp');
    expect(res.headers.get('Content-Type')).toBe('text/html');
    expect([res.status, res.statusText, await res.text()]).toEqual([200, 'OK', '<p>page</p>']);
  });

  it('adds them to an answer given as a promise, and to the offline 404 page', async () => {
    const res = await serve(Promise.resolve(new Response('gone', { status: 404 })));
    expect(res.status).toBe(404);
    expect(res.headers.get('Cross-Origin-Embedder-Policy')).toBe('require-corp');
    expect(await res.text()).toBe('gone');
  });

  it('leaves a host\'s own policy alone: a host that chooses another keeps it, and the page runs on one thread', async () => {
    const own = new Response('x', { headers: { 'Cross-Origin-Opener-Policy': 'same-origin-allow-popups' } });
    const res = await serve(own);
    expect(res).toBe(own);
    expect(res.headers.get('Cross-Origin-Embedder-Policy')).toBeNull();
  });

  it('passes network errors through untouched', async () => {
    const error = Response.error();
    expect(await serve(error)).toBe(error);
  });
});
