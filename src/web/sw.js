// Klantcyclus' service worker: after the first visit the app starts and runs without a network.
// One cache per build (`?build=` in this script's URL, set by start.js from the hashed file
// names); installing a new build's worker fills its cache and then drops every older one.
const PREFIX = "klantcyclus-";
const CACHE = PREFIX + (new URL(self.location).searchParams.get("build") || "dev");
const SCOPE = new URL("./", self.location).href;

// The page and every file it names (Trunk's hashed css, js and wasm, start.js).
async function appFiles() {
  const page = await fetch(SCOPE, { cache: "no-store" });
  if (!page.ok) throw new Error("the page answered " + page.status);
  const html = await page.clone().text();
  const names = new Set();
  for (const match of html.matchAll(/(?:href|src|data-js|data-wasm)="([^"]+)"/g)) {
    const url = new URL(match[1], SCOPE);
    if (url.origin === self.location.origin && url.protocol.startsWith("http")) names.add(url.href);
  }
  names.delete(SCOPE);
  return { page, files: [...names] };
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const { page, files } = await appFiles();
      await cache.addAll(files);
      await cache.put(SCOPE, page);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

// The page: the network first (a new build shows as soon as it is online), else the kept page.
// Other files of the app: the kept copy first; their names change with every build.
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request).catch(async () => (await caches.match(SCOPE, { cacheName: CACHE })) || Response.error()),
    );
    return;
  }
  event.respondWith(
    caches.match(request, { cacheName: CACHE }).then((kept) => kept || fetch(request)),
  );
});
