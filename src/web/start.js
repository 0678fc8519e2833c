// Starts the app without inline script, so the page's Content-Security-Policy can forbid it.
// Trunk writes the hashed file names into this script's data attributes (Trunk.toml
// `pattern_script`); every URL is relative to the page, so the same build works at any path.
const tag = document.getElementById("klantcyclus-start");
const base = new URL(".", document.baseURI);
const js = new URL(tag.dataset.js, base);
const wasm = new URL(tag.dataset.wasm, base);

// Offline after the first visit: the service worker keeps this build's files. Its URL names the
// build, so a new build installs a new worker, which drops the old build's cache.
if ("serviceWorker" in navigator) {
  const build = js.pathname.split("/").pop().replace(/\.js$/, "");
  const worker = new URL("sw.js?build=" + encodeURIComponent(build), base);
  // This build's worker already in charge: nothing to ask the server (it may be gone).
  if (navigator.serviceWorker.controller?.scriptURL !== worker.href) {
    navigator.serviceWorker.register(worker, { scope: base.pathname }).catch((error) => {
      console.warn("Klantcyclus works, but not offline:", error.message);
    });
  }
}

const { default: init } = await import(js.href);
await init({ module_or_path: wasm.href });
