/** Where the store lives, read from DATABASE_URL. */
export type DatabaseLocation =
  | { readonly kind: "sqlite"; readonly path: string }
  | { readonly kind: "postgres"; readonly url: string };

/** A file in the working folder: the Docker image makes /app/var a volume. */
export const DEFAULT_DATABASE_URL = "sqlite:./var/status-bot.sqlite";

/**
 * Reads a DATABASE_URL: `postgres://` or `postgresql://` for PostgreSQL, `sqlite:PATH` for a SQLite
 * file (`sqlite::memory:` for a database that lives as long as the process). Throws with a short,
 * secret-free reason when the value is neither.
 */
export function parseDatabaseUrl(value: string): DatabaseLocation {
  const text = value.trim();
  if (/^sqlite:/i.test(text)) {
    // sqlite:./var/x.sqlite, sqlite:/abs/x.sqlite, and the common sqlite:///abs/x.sqlite spelling.
    let path = text.slice("sqlite:".length);
    if (path.startsWith("//")) path = path.slice(2);
    if (!path) throw new Error("names no file after sqlite:");
    return { kind: "sqlite", path };
  }
  if (/^postgres(?:ql)?:\/\//i.test(text)) {
    const url = postgresUrl(text);
    if (!url) throw new Error("is not a valid postgres:// URL");
    // The host may be given as a query parameter instead, as pg (and libpq) read it: a Unix socket
    // folder, `postgres:///bot?host=/var/run/postgresql`.
    if (!url.hostname && !url.searchParams.get("host")) throw new Error("names no host");
    if (url.port && !(Number(url.port) > 0 && Number(url.port) < 65536)) throw new Error("has a bad port");
    return { kind: "postgres", url: text };
  }
  throw new Error("is neither a postgres:// (or postgresql://) URL nor sqlite:PATH");
}

/**
 * The URL as pg reads it: like pg-connection-string, it allows credentials with no host
 * (`postgres://bot:pw@/bot?host=/var/run/postgresql`), which the URL parser refuses.
 */
function postgresUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    try {
      const url = new URL(text.replace("@/", "@placeholder.invalid/"));
      url.hostname = "";
      return url;
    } catch {
      return undefined;
    }
  }
}

/** Query parameters pg takes a secret from: `?password=...` works as well as `user:password@`. */
const SECRET_PARAMETERS = /([?&](?:ssl)?password=)([^&#]*)/gi;
/** The password of the userinfo: up to the last `@` before the path (an unencoded `@` belongs to it). */
const USERINFO_PASSWORD = /^([a-z][a-z0-9+.-]*:\/\/[^:/?#@]*:)([^/?#]*)@/i;

/** The URL with every password (of the userinfo and of the query) replaced, fit for logs and error messages. */
export function redactDatabaseUrl(value: string): string {
  return value
    .replace(USERINFO_PASSWORD, "$1redacted@")
    .replace(SECRET_PARAMETERS, (_match, name: string) => `${name}redacted`);
}

/**
 * The secrets in a postgres URL, as written and decoded (to register with the logger): the
 * userinfo's password and the query's password and sslpassword.
 */
export function databaseSecrets(value: string): string[] {
  const decode = (text: string) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  const found: string[] = [];
  const userinfo = value.match(USERINFO_PASSWORD)?.[2];
  if (userinfo) found.push(userinfo, decode(userinfo));
  for (const [, , written] of value.matchAll(SECRET_PARAMETERS)) {
    // A query's "+" is a space (URLSearchParams, which pg reads it with).
    if (written) found.push(written, decode(written.replace(/\+/g, " ")));
  }
  return [...new Set(found)];
}

/** The location for the log: "the SQLite file ./var/x.sqlite", "PostgreSQL at postgres://bot:redacted@db/bot". */
export function describeDatabase(location: DatabaseLocation): string {
  return location.kind === "sqlite"
    ? `the SQLite file ${location.path}`
    : `PostgreSQL at ${redactDatabaseUrl(location.url)}`;
}
