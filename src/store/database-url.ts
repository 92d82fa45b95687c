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
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new Error("is not a valid postgres:// URL");
    }
    if (!url.hostname) throw new Error("names no host");
    if (url.port && !(Number(url.port) > 0 && Number(url.port) < 65536)) throw new Error("has a bad port");
    return { kind: "postgres", url: text };
  }
  throw new Error("is neither a postgres:// (or postgresql://) URL nor sqlite:PATH");
}

/** The URL with its password replaced, fit for logs and error messages. */
export function redactDatabaseUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = "redacted";
    return url.toString();
  } catch {
    // Not a URL: hide anything between "://user:" and "@".
    return value.replace(/(\/\/[^:/@]*:)[^@]*@/, "$1redacted@");
  }
}

/** The password in a postgres URL, if any (to register with the logger as a secret). */
export function databasePassword(value: string): string | undefined {
  try {
    const password = decodeURIComponent(new URL(value).password);
    return password || undefined;
  } catch {
    return undefined;
  }
}

/** The location for the log: "the SQLite file ./var/x.sqlite", "PostgreSQL at postgres://bot:redacted@db/bot". */
export function describeDatabase(location: DatabaseLocation): string {
  return location.kind === "sqlite"
    ? `the SQLite file ${location.path}`
    : `PostgreSQL at ${redactDatabaseUrl(location.url)}`;
}
