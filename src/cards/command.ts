/**
 * The slash command manifest.yml registers, for the places that have no request to read it from
 * (the Home tab, the terminal). Where a request came with a command, its name is used instead: the
 * app answers its one command whatever the manifest calls it. test/manifest.test.ts checks that this
 * is the manifest's command, so the two cannot drift apart.
 */
export const DEFAULT_COMMAND = "/httpstatus";
