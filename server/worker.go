package server

// serviceWorkerJS replaces go-app's default worker (DefaultAppWorkerJS),
// which matches exact URLs only, has no navigation fallback, and swallows a
// failed precache so that a broken install still activates. This one:
//   - fails the install, keeping the previous worker, when any file cannot
//     be fetched or app.wasm is not valid WebAssembly;
//   - answers navigations to precached pages from the cache, and every other
//     navigation (searches, unassigned codes, unknown addresses) from the
//     network, falling back to the cached app shell "/" when offline or after
//     a few seconds of a stalled connection: the app then renders the route;
//   - serves other requests cache-first;
//   - does not claim the page of a first visit (see "activate").
//
// go-app fills in {{.Version}} and {{.ResourcesToCache}}.
const serviceWorkerJS = `// HTTP status codes: service worker, version {{.Version}}.
const cacheName = "app-{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};
const shell = "/";
const networkPatience = 4000;

self.addEventListener("install", (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

async function precache() {
  const cache = await caches.open(cacheName);
  try {
    await cache.addAll(resourcesToCache);
    const wasm = await cache.match("/web/app.wasm");
    if (!wasm) {
      throw new Error("app.wasm was not cached");
    }
    const bytes = new Uint8Array(await wasm.arrayBuffer());
    if (!WebAssembly.validate(bytes)) {
      throw new Error("app.wasm is not valid WebAssembly");
    }
  } catch (err) {
    await caches.delete(cacheName);
    throw err;
  }
}

// No clients.claim(): pages a previous worker controls move to this one by
// themselves (skipWaiting), and the page of a first visit has all it needs
// in memory; its next load is served from the cache. Claiming it would make
// go-app take the first install for an update and offer a reload.
self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    await Promise.all(keys.filter((k) => k !== cacheName).map((k) => caches.delete(k)));
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(navigate(request, url));
    return;
  }
  event.respondWith(cacheFirst(request));
});

async function navigate(request, url) {
  if (!url.search) {
    const cached = await caches.match(url.pathname, { cacheName });
    if (cached) {
      return cached;
    }
  }
  try {
    return await withPatience(fetch(request));
  } catch (err) {
    const cached = await caches.match(shell, { cacheName });
    if (cached) {
      return cached;
    }
    throw err;
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName, ignoreSearch: true });
  return cached || fetch(request);
}

function withPatience(promise) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("network too slow")), networkPatience);
    promise.then(
      (res) => { clearTimeout(timer); resolve(res); },
      (err) => { clearTimeout(timer); reject(err); },
    );
  });
}
`
