// Which of the PostgreSQL URLs given on the command line lets us in: the first whose server accepts
// the login and answers a query, printed on stdout (exit 0); none: exit 1, each one's reason on
// stderr. `.ci/run` uses it to find the machine's own server for the tests. A port that merely
// accepts TCP connections is not enough: the tests need the login and the database.
//
//   npx tsx scripts/postgres-probe.ts postgres://postgres@127.0.0.1:5432/test postgres://root@127.0.0.1:5432/test
import { pathToFileURL } from "node:url";
import pg from "pg";
import { redactDatabaseUrl } from "../src/store/database-url.ts";

/** Connects, runs `select 1` and disconnects; the reason when that fails. */
export async function probe(url: string, timeoutMs = 3_000): Promise<string | undefined> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
  });
  // A server that is not PostgreSQL may close the connection in ways that surface here.
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("select 1");
    return undefined;
  } catch (error) {
    const e = error as { code?: string; message?: string };
    return [e.code, e.message].filter(Boolean).join(": ") || String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

async function main(urls: string[]): Promise<number> {
  for (const url of urls) {
    const problem = await probe(url);
    if (!problem) {
      console.log(url);
      return 0;
    }
    console.error(`${redactDatabaseUrl(url)}: ${problem}`);
  }
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exit(await main(process.argv.slice(2)));
