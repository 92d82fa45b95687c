import { describe, expect, it } from "vitest";
import { appUninstalled } from "../../../src/listeners/events/app-uninstalled.ts";
import { createMemoryStore } from "../../../src/store/memory.ts";
import { fakeLogger } from "../../support/fakes.ts";

async function installedIn(teamId: string) {
  const store = createMemoryStore();
  await store.installations.save({
    team: { id: teamId },
    enterprise: undefined,
    user: { id: "U1", token: undefined, scopes: undefined },
    bot: { id: "B1", userId: "UB1", token: "xoxb-1", scopes: [] },
    isEnterpriseInstall: false,
  } as never);
  return store;
}

const run = (
  store: Awaited<ReturnType<typeof installedIn>>,
  event: Record<string, unknown>,
  logger = fakeLogger(),
) =>
  appUninstalled(store)({
    body: { team_id: "T1", authorizations: [{ is_enterprise_install: false }] },
    event,
    context: {} as never,
    logger,
  });

describe("app_uninstalled and tokens_revoked", () => {
  it("delete the workspace's installation", async () => {
    const store = await installedIn("T1");
    const logger = fakeLogger();
    await run(store, { type: "app_uninstalled" }, logger);
    expect(await store.installations.find({ teamId: "T1" })).toBeUndefined();
    expect(logger.lines.join("\n")).toContain("Uninstalled from T1: its installation is deleted");
  });

  it("with one SLACK_BOT_TOKEN (no installation stored), say that the token stopped working", async () => {
    const store = await installedIn("T2");
    const logger = fakeLogger();
    await run(store, { type: "app_uninstalled" }, logger);
    expect(logger.lines.join("\n")).not.toContain("installation is deleted");
    expect(logger.lines.join("\n")).toContain("SLACK_BOT_TOKEN");
    expect(await store.installations.find({ teamId: "T2" })).toBeDefined();
  });

  it("a revoked bot token deletes it; a revoked user token does not", async () => {
    const store = await installedIn("T1");
    await run(store, { type: "tokens_revoked", tokens: { oauth: ["U1"], bot: [] } });
    expect(await store.installations.find({ teamId: "T1" })).toBeDefined();
    await run(store, { type: "tokens_revoked", tokens: { bot: ["UB1"] } });
    expect(await store.installations.find({ teamId: "T1" })).toBeUndefined();
  });
});
