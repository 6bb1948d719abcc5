// Loaded by the course's service worker (importScripts in scripts/postbuild.mjs). A static host sends no
// Cross-Origin-Opener-Policy or Cross-Origin-Embedder-Policy header, and without both a page gets no shared memory,
// so its simulations cannot split work across cores. Every response the worker serves gets the pair here instead, so
// a page it controls (every visit after the first) is cross-origin isolated. The course loads nothing from another
// host, so require-corp blocks nothing it needs. A header the host does send is left as it is: a host that chooses
// another policy keeps it, and the page then runs on one thread.
(function () {
  var ISOLATION = [
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Embedder-Policy', 'require-corp'],
  ];

  function isolate(response) {
    // Opaque, error and redirect-only responses cannot be rebuilt; the course serves none of its own that way.
    if (!(response instanceof Response) || response.status < 200 || response.status > 599 || response.type === 'opaque' || response.type === 'opaqueredirect') return response;
    if (ISOLATION.some(function (h) { return response.headers.has(h[0]); })) return response;
    var headers = new Headers(response.headers);
    ISOLATION.forEach(function (h) { headers.set(h[0], h[1]); });
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers: headers });
  }

  // Workbox answers every fetch it handles with event.respondWith; wrapping that one method gives all of its answers
  // (precache, the offline 404 page) the headers, whatever route produced them, without re-implementing its routing.
  var respondWith = FetchEvent.prototype.respondWith;
  FetchEvent.prototype.respondWith = function (answer) {
    return respondWith.call(this, Promise.resolve(answer).then(isolate));
  };
})();
