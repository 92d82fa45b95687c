import type { AuthorizeSourceData, Installation } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger, LogLevel } from "../../../src/logger.ts";
import {
  cachedInstallations,
  installationAuthorize,
  REFRESH_CLAIM_MS,
  type RefreshedToken,
} from "../../../src/slack/api/installations.ts";
import { createMemoryStore } from "../../../src/store/memory.ts";
import { openPostgresStore } from "../../../src/store/postgres.ts";
import type { Store } from "../../../src/store/store.ts";
import { clock } from "../../store/contract.ts";
import { useTestDatabase } from "../../support/postgres.ts";

/**
 * Bolt's authorize over the store, with token rotation: who refreshes a token, when, and what every
 * request answers with meanwhile. Against the memory store and a real PostgreSQL database (two
 * pools on it stand for two replicas); Slack's oauth.v2.access is a function the test controls.
 */

const databaseUrl = useTestDatabase("authorize");
const HOUR_S = 3600;

let counter = 0;
const freshTeam = () => `T0AUTH${++counter}`;

/** An installation whose rotating bot token has `leftS` seconds left at `nowMs`. */
function rotating(teamId: string, nowMs: number, leftS: number, n = 1): Installation {
  return {
    team: { id: teamId, name: "Team" },
    enterprise: undefined,
    user: { id: "U1", token: undefined, scopes: undefined },
    bot: {
      id: "B1",
      userId: "UB1",
      token: `xoxe.xoxb-${teamId}-${n}`,
      refreshToken: `xoxe-1-${teamId}-${n}`,
      expiresAt: Math.floor(nowMs / 1000) + leftS,
      scopes: ["chat:write"],
    },
    isEnterpriseInstall: false,
    authVersion: "v2",
    appId: "A1",
    tokenType: "bot",
  } as Installation;
}

const source = (teamId: string) =>
  ({ teamId, enterpriseId: undefined, isEnterpriseInstall: false }) as AuthorizeSourceData<boolean>;

/** oauth.v2.access as the test wants it: records the calls, answers when told to. */
function fakeSlack(time: { now: () => number }) {
  const calls: string[] = [];
  const waiting: { refreshToken: string; answer: () => void; fail: (error: Error) => void }[] = [];
  let hold = false;
  const refresh = (refreshToken: string): Promise<RefreshedToken> => {
    calls.push(refreshToken);
    const n = calls.length + 100;
    const token = {
      access_token: `xoxe.xoxb-new-${n}`,
      refresh_token: `xoxe-1-new-${n}`,
      expires_in: 12 * HOUR_S,
    };
    if (!hold) return Promise.resolve(token);
    return new Promise((resolve, reject) => {
      waiting.push({ refreshToken, answer: () => resolve(token), fail: reject });
    });
  };
  return {
    calls,
    waiting,
    refresh,
    /** From now on, refreshes wait until `answer()`ed. */
    holdAnswers: () => {
      hold = true;
    },
    time,
  };
}

function logs() {
  const lines: string[] = [];
  const logger = createLogger({ level: LogLevel.DEBUG, write: (_level, line) => lines.push(line) });
  return { lines, logger, warnings: () => lines.filter((line) => / WARN /.test(line)) };
}

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`gave up waiting: ${what}`);
}

/** The options every authorize here is made with; another replica's refresh is waited for 300 ms. */
const common = (store: Store, slack: ReturnType<typeof fakeSlack>, log: ReturnType<typeof logs>) => ({
  installations: store.installations,
  refresh: slack.refresh,
  logger: log.logger,
  now: slack.time.now,
  othersRefreshWaitMs: 300,
});

interface Subject {
  readonly name: string;
  /** A store, and another replica's on the same data (the same store where there are no replicas). */
  open(now: () => number): Promise<{ one: Store; two: Store; close(): Promise<void> }>;
}

const subjects: Subject[] = [
  {
    name: "memory",
    open: async (now) => {
      const store = createMemoryStore({ now });
      return { one: store, two: store, close: () => store.close() };
    },
  },
  {
    name: "postgres",
    open: async (now) => {
      const options = {
        logger: createLogger({ write: () => {} }),
        now,
        cleanupEveryMs: 0,
        maxConnections: 2,
      };
      const [one, two] = await Promise.all([
        openPostgresStore(databaseUrl(), options),
        openPostgresStore(databaseUrl(), options),
      ]);
      return { one, two, close: async () => void (await Promise.all([one.close(), two.close()])) };
    },
  },
];

for (const subject of subjects) {
  describe(`token rotation (${subject.name})`, () => {
    const time = clock(1_900_000_000_000);
    let stores: Awaited<ReturnType<Subject["open"]>>;
    beforeAll(async () => {
      stores = await subject.open(time.now);
    });
    afterAll(async () => {
      await stores?.close();
    });

    it("refreshes a token close to expiry once, however many requests on however many replicas need it", async () => {
      const team = freshTeam();
      await stores.one.installations.save(rotating(team, time.now(), 60));
      const slack = fakeSlack(time);
      const log = logs();
      const authorizers = [stores.one, stores.two].map((store) =>
        installationAuthorize(common(store, slack, log)),
      );
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) => (authorizers[i % 2] ?? authorizers[0])?.(source(team))),
      );
      expect(slack.calls).toEqual([`xoxe-1-${team}-1`]);
      expect(new Set(results.map((result) => result?.botToken))).toEqual(new Set(["xoxe.xoxb-new-101"]));
      const saved = await stores.two.installations.find({ teamId: team });
      expect(saved?.bot?.token).toBe("xoxe.xoxb-new-101");
      expect(saved?.bot?.refreshToken).toBe("xoxe-1-new-101");
      expect(log.warnings()).toEqual([]);
    });

    it("refreshes more installations at once than the database has connections", async () => {
      // Two connections per replica (see open): six refreshes wait for Slack at the same time,
      // and the store still answers other calls meanwhile.
      const teams = Array.from({ length: 6 }, freshTeam);
      for (const team of teams) await stores.one.installations.save(rotating(team, time.now(), 60));
      const slack = fakeSlack(time);
      slack.holdAnswers();
      const log = logs();
      const authorize = installationAuthorize(common(stores.one, slack, log));
      const results = Promise.all(teams.map((team) => authorize(source(team))));
      await until(() => slack.waiting.length === teams.length, "every refresh to be with Slack at once");
      expect(await stores.one.events.claim(`EvDuringRefresh${counter}`)).toBe(true);
      expect(await stores.one.installations.find({ teamId: teams[0] })).toBeDefined();
      for (const call of slack.waiting) call.answer();
      const tokens = (await results).map((result) => result.botToken);
      expect(new Set(tokens).size).toBe(teams.length);
      for (const [i, team] of teams.entries()) {
        expect((await stores.two.installations.find({ teamId: team }))?.bot?.token).toBe(tokens[i]);
      }
      expect(log.warnings()).toEqual([]);
    });

    it("a failed refresh: one warning, the current token while it lasts, no retry for a minute", async () => {
      const team = freshTeam();
      await stores.one.installations.save(rotating(team, time.now(), 90));
      const slack = fakeSlack(time);
      slack.holdAnswers();
      const log = logs();
      const authorizers = [stores.one, stores.two].map((store) =>
        installationAuthorize(common(store, slack, log)),
      );
      const first = Promise.all(authorizers.map((authorize) => authorize(source(team))));
      await until(() => slack.waiting.length === 1, "the refresh to be with Slack");
      slack.waiting[0]?.fail(
        Object.assign(new Error("invalid_refresh_token"), {
          code: "slack_webapi_platform_error",
          data: { error: "invalid_refresh_token" },
        }),
      );
      expect((await first).map((result) => result.botToken)).toEqual([
        `xoxe.xoxb-${team}-1`,
        `xoxe.xoxb-${team}-1`,
      ]);
      for (let i = 0; i < 10; i++) {
        const result = await (authorizers[i % 2] ?? authorizers[0])?.(source(team));
        expect(result?.botToken).toBe(`xoxe.xoxb-${team}-1`);
      }
      expect(slack.calls).toHaveLength(1);
      expect(log.warnings()).toHaveLength(1);
      expect(log.warnings()[0]).toContain("invalid_refresh_token");
      expect(log.warnings()[0]).toContain(`workspace ${team}`);
      // A minute later, one replica tries again.
      time.advance(REFRESH_CLAIM_MS);
      const again = Promise.all(authorizers.map((authorize) => authorize(source(team))));
      await until(() => slack.waiting.length === 2, "the second refresh");
      slack.waiting[1]?.answer();
      expect(new Set((await again).map((result) => result.botToken)).size).toBe(1);
      expect(slack.calls).toHaveLength(2);
    });

    it("a reinstall or an uninstall while Slack refreshes the token wins", async () => {
      const slack = fakeSlack(time);
      slack.holdAnswers();
      const log = logs();
      const authorize = installationAuthorize(common(stores.one, slack, log));
      const reinstalled = freshTeam();
      await stores.one.installations.save(rotating(reinstalled, time.now(), 60));
      const during = authorize(source(reinstalled));
      await until(() => slack.waiting.length === 1, "the refresh to be with Slack");
      await stores.two.installations.save(rotating(reinstalled, time.now(), 12 * HOUR_S, 7));
      slack.waiting[0]?.answer();
      expect((await during).botToken).toBe(`xoxe.xoxb-${reinstalled}-7`);
      expect((await stores.two.installations.find({ teamId: reinstalled }))?.bot?.token).toBe(
        `xoxe.xoxb-${reinstalled}-7`,
      );

      const uninstalled = freshTeam();
      await stores.one.installations.save(rotating(uninstalled, time.now(), 60));
      const gone = authorize(source(uninstalled));
      await until(() => slack.waiting.length === 2, "the refresh to be with Slack");
      await stores.two.installations.delete({ teamId: uninstalled, isEnterpriseInstall: false });
      slack.waiting[1]?.answer();
      await expect(gone).rejects.toThrow(`not installed in workspace ${uninstalled}`);
      expect(await stores.two.installations.find({ teamId: uninstalled })).toBeUndefined();
      expect(log.warnings()).toEqual([]);
    });

    it("a token with more than five minutes left is used at once, and refreshed in the background", async () => {
      const team = freshTeam();
      await stores.one.installations.save(rotating(team, time.now(), HOUR_S));
      const slack = fakeSlack(time);
      slack.holdAnswers();
      const log = logs();
      const authorize = installationAuthorize(common(stores.one, slack, log));
      // Answered with the current token while Slack still holds the refresh.
      expect((await authorize(source(team))).botToken).toBe(`xoxe.xoxb-${team}-1`);
      await until(() => slack.waiting.length === 1, "the refresh to be with Slack");
      expect((await authorize(source(team))).botToken).toBe(`xoxe.xoxb-${team}-1`);
      expect(slack.calls).toHaveLength(1);
      slack.waiting[0]?.answer();
      await until(
        async () =>
          (await stores.two.installations.find({ teamId: team }))?.bot?.token !== `xoxe.xoxb-${team}-1`,
        "the refreshed token to be saved",
      );
      expect((await authorize(source(team))).botToken).toBe("xoxe.xoxb-new-101");
      expect(slack.calls).toHaveLength(1);
      expect(log.warnings()).toEqual([]);
    });

    it("another replica goes on with the current token while one refreshes it in the background", async () => {
      const team = freshTeam();
      await stores.one.installations.save(rotating(team, time.now(), HOUR_S));
      const slack = fakeSlack(time);
      slack.holdAnswers();
      const log = logs();
      const [one, two] = [stores.one, stores.two].map((store) =>
        installationAuthorize(common(store, slack, log)),
      );
      expect((await one?.(source(team)))?.botToken).toBe(`xoxe.xoxb-${team}-1`);
      await until(() => slack.waiting.length === 1, "the refresh to be with Slack");
      expect((await two?.(source(team)))?.botToken).toBe(`xoxe.xoxb-${team}-1`);
      slack.waiting[0]?.answer();
      await until(
        async () =>
          (await stores.two.installations.find({ teamId: team }))?.bot?.token === "xoxe.xoxb-new-101",
        "the refreshed token to be saved",
      );
      expect((await two?.(source(team)))?.botToken).toBe("xoxe.xoxb-new-101");
      expect(slack.calls).toHaveLength(1);
      expect(log.warnings()).toEqual([]);
    });

    it("an org-wide installation is refreshed once for all its workspaces", async () => {
      const enterprise = `E0AUTH${++counter}`;
      await stores.one.installations.save({
        ...rotating("", time.now(), 60),
        team: undefined,
        enterprise: { id: enterprise, name: "Org" },
        isEnterpriseInstall: true,
      } as Installation);
      const slack = fakeSlack(time);
      const log = logs();
      const authorizers = [stores.one, stores.two].map((store) =>
        installationAuthorize(common(store, slack, log)),
      );
      const results = await Promise.all(
        [freshTeam(), freshTeam(), freshTeam(), freshTeam()].map((teamId, i) =>
          (authorizers[i % 2] ?? authorizers[0])?.({
            teamId,
            enterpriseId: enterprise,
            isEnterpriseInstall: true,
          } as AuthorizeSourceData<boolean>),
        ),
      );
      expect(slack.calls).toHaveLength(1);
      expect(new Set(results.map((result) => result?.botToken)).size).toBe(1);
    });
  });
}

describe("installations kept a few seconds per process", () => {
  function counted(store: Store) {
    const reads: string[] = [];
    const records = {
      ...store.installations,
      find: (query: Parameters<Store["installations"]["find"]>[0]) => {
        reads.push(query.teamId ?? query.enterpriseId ?? "");
        return store.installations.find(query);
      },
      save: store.installations.save.bind(store.installations),
      delete: store.installations.delete.bind(store.installations),
      claimRefresh: store.installations.claimRefresh.bind(store.installations),
      replace: store.installations.replace.bind(store.installations),
    };
    return { reads, records };
  }

  it("read a workspace's installation once per few seconds, and afresh after this process changes it", async () => {
    const time = clock();
    const store = createMemoryStore({ now: time.now });
    const { reads, records } = counted(store);
    const cache = cachedInstallations(records, { ttlMs: 5_000, now: time.now });
    const team = freshTeam();
    expect(await cache.find({ teamId: team })).toBeUndefined();
    await store.installations.save(rotating(team, time.now(), 12 * HOUR_S));
    // Not found is not kept: the install is seen at once.
    expect((await cache.find({ teamId: team }))?.bot?.token).toBe(`xoxe.xoxb-${team}-1`);
    for (let i = 0; i < 20; i++) await cache.find({ teamId: team });
    expect(reads).toHaveLength(2);
    // What a caller does to what it got does not change what is kept.
    const got = await cache.find({ teamId: team });
    if (got?.bot) got.bot.token = "changed";
    expect((await cache.find({ teamId: team }))?.bot?.token).toBe(`xoxe.xoxb-${team}-1`);
    time.advance(5_000);
    await cache.find({ teamId: team });
    expect(reads).toHaveLength(3);
    // A reinstall, a refresh and an uninstall through it are seen at once.
    await cache.save(rotating(team, time.now(), 12 * HOUR_S, 2));
    expect((await cache.find({ teamId: team }))?.bot?.token).toBe(`xoxe.xoxb-${team}-2`);
    const current = (await cache.find({ teamId: team })) as Installation;
    expect(await cache.replace(current, rotating(team, time.now(), 12 * HOUR_S, 3))).toBe(true);
    expect((await cache.find({ teamId: team }))?.bot?.token).toBe(`xoxe.xoxb-${team}-3`);
    await cache.delete({ teamId: team, isEnterpriseInstall: false });
    expect(await cache.find({ teamId: team })).toBeUndefined();
  });

  it("a refreshed token is used by the next request at once", async () => {
    const time = clock();
    const store = createMemoryStore({ now: time.now });
    const cache = cachedInstallations(store.installations, { now: time.now });
    const team = freshTeam();
    await store.installations.save(rotating(team, time.now(), 60));
    const slack = fakeSlack(time);
    const log = logs();
    const authorize = installationAuthorize({ ...common(store, slack, log), cache });
    expect((await authorize(source(team))).botToken).toBe("xoxe.xoxb-new-101");
    expect((await authorize(source(team))).botToken).toBe("xoxe.xoxb-new-101");
    expect(slack.calls).toHaveLength(1);
  });
});
