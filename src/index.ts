// The app's entry point (`node dist/index.js`, `npm start`). Node 22.1 and later can keep the
// compiled code of the modules between starts (module.enableCompileCache: in NODE_COMPILE_CACHE, else
// in the system's temporary folder, checked against each file's contents by Node): it is turned on
// here, before the app's modules are loaded, which is a good part of a start. Node 20 has no such
// cache and starts as before. STATUS_BOT_CACHE=off turns it off with the app's own caches.
import module from "node:module";

if (process.env.STATUS_BOT_CACHE !== "off") {
  try {
    (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  } catch {
    // Without the cache the app only starts more slowly.
  }
}

await import("./main.ts");
