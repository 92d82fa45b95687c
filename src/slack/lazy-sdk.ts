import Module, { createRequire } from "node:module";

/**
 * @slack/oauth (and jsonwebtoken under it) loaded when first used, not when Bolt is. Bolt's HTTP
 * and Socket Mode receivers require it at load time but use it only in their constructor, for the
 * OAuth installer: with one workspace it is never built.
 *
 * It is put in Node's module cache, as Bolt's modules resolve it, as an object that loads the real
 * package on first use and then reads through to it. Imported for its effect by app.ts before
 * Bolt; if the package was loaded already (a process that imported Bolt's index first), nothing
 * changes. Checked against @slack/bolt 5.1.0 (receivers/HTTPReceiver.js, SocketModeReceiver.js).
 *
 * @slack/socket-mode (its WebSocket client and undici 7 under it) is loaded the same way: App
 * requires it at load time and uses it only with `socketMode: true`; our Socket Mode receiver
 * (socket-mode.ts) loads it when it connects. Loading undici 7 makes its Agent the dispatcher of
 * Node's own fetch; in HTTP mode the response_url posts (response-url.ts: no redirects, a timeout of
 * their own) use Node's built-in one instead, with the same behaviour.
 */
const LAZY = ["@slack/oauth", "@slack/socket-mode"];

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
