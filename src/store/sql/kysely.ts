// Kysely, as the stores use it. `npm run build` replaces this module's output in dist/ with one file
// holding the parts of Kysely it exports (scripts/bundle-kysely.mjs): Kysely is about 260 small ES
// modules, and loading them one by one was a good part of the app's start. Under tsx (tests, tools)
// it is the package itself.
export { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
