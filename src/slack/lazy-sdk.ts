import Module, { createRequire } from "node:module";

/**
 * Two of Slack's SDK packages loaded when first used, not when Bolt is: @slack/socket-mode (and
 * undici under it) and @slack/oauth (and jsonwebtoken). Bolt's App and receivers require both at
 * load time, but use them only in a constructor: SocketModeReceiver's client (Socket Mode) and the
 * OAuth installer (OAuth mode). In HTTP mode with one workspace neither is ever built, and loading
 * them was about a quarter of the time it takes to load Bolt (`npm run bench -- --only=startup`).
 *
 * Each is put in Node's module cache, as Bolt's modules resolve it, as an object that loads the
 * real package on first use and then reads through to it. Imported for its effect by app.ts before
 * Bolt; if the package was loaded already (a process that imported Bolt's index first), nothing
 * changes. Checked against @slack/bolt 5.1.0 (receivers/SocketModeReceiver.js, HTTPReceiver.js).
 */
const LAZY = ["@slack/socket-mode", "@slack/oauth"];

const requireFromBolt = createRequire(createRequire(import.meta.url).resolve("@slack/bolt/dist/App.js"));

for (const name of LAZY) {
  const path = requireFromBolt.resolve(name);
  if (requireFromBolt.cache[path]) continue;
  let real: object | undefined;
  const load = (): object => {
    if (!real) {
      // The placeholder leaves the cache, so that the package itself is loaded (and cached) now.
      delete requireFromBolt.cache[path];
      real = requireFromBolt(name) as object;
    }
    return real;
  };
  const placeholder = new Module(path);
  placeholder.filename = path;
  placeholder.loaded = true;
  placeholder.exports = new Proxy(
    {},
    {
      get: (_, key) => Reflect.get(load(), key),
      has: (_, key) => Reflect.has(load(), key),
      ownKeys: () => Reflect.ownKeys(load()),
      getOwnPropertyDescriptor: (_, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
        return descriptor && { ...descriptor, configurable: true };
      },
    },
  );
  requireFromBolt.cache[path] = placeholder;
}
