import { randomBytes } from "node:crypto";
import type { Installation } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger, LogLevel } from "../../src/logger.ts";
import type { OpenStoreOptions } from "../../src/store/open.ts";
import { type Store, WORKSPACE_DEFAULT } from "../../src/store/store.ts";

/**
 * What every store promises, run against each implementation (memory, SQLite, PostgreSQL) by its
 * own test file. Each test uses fresh workspace, channel and event ids, so the tests of one file
 * share one store (and one database) without seeing each other's rows.
 */
export interface StoreUnderTest {
  readonly name: string;
  /** Opens the store (a second call opens another connection to the same data, if it persists). */
  open(options: OpenStoreOptions): Promise<Store>;
  /** True when a store opened again sees the data: a restart keeps it. */
  readonly durable: boolean;
  /** True when stores open at the same time share their data: replicas over one database. */
  readonly replicas: boolean;
}

export function clock(start = 1_800_000_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function storeContract(subject: StoreUnderTest): void {
  const time = clock();
  const lines: string[] = [];
  const logger = createLogger({ level: LogLevel.DEBUG, write: (_level, line) => lines.push(line) });
  const options: OpenStoreOptions = { logger, now: time.now, cleanupEveryMs: 0 };
  let store: Store;
  const others: Store[] = [];
  /** Another replica (or the same process after a restart): another connection to the same data. */
  const another = async () => {
    const opened = await subject.open(options);
    others.push(opened);
    return opened;
  };

  beforeAll(async () => {
    store = await subject.open(options);
  });
  afterAll(async () => {
    await Promise.all([store?.close(), ...others.map((other) => other.close())]);
  });

  let counter = 0;
  const fresh = (prefix: string) => `${prefix}${++counter}${randomBytes(3).toString("hex")}`;
  const thread = (channel = fresh("C"), threadTs = "100.1", workspace = fresh("T")) => ({
    workspace,
    channel,
    threadTs,
  });

  const installation = (teamId: string, token: string, extra: Partial<Installation> = {}): Installation =>
    ({
      team: { id: teamId, name: "Team" },
      enterprise: undefined,
      user: { id: "U1", token: undefined, scopes: undefined },
      bot: { id: "B1", userId: "UB1", token, scopes: ["chat:write"] },
      isEnterpriseInstall: false,
      authVersion: "v2",
      appId: "A1",
      tokenType: "bot",
      ...extra,
    }) as Installation;

  const rotating = (teamId: string, n: number) =>
    installation(teamId, `xoxe.xoxb-${n}`, {
      bot: {
        id: "B1",
        userId: "UB1",
        token: `xoxe.xoxb-${n}`,
        refreshToken: `xoxe-1-refresh-${n}`,
        expiresAt: 1_800_000_000 + n,
        scopes: ["chat:write"],
      },
    } as Partial<Installation>);

  describe(`${subject.name}: mute settings`, () => {
    it("are per workspace and channel, off until set", async () => {
      const here = { workspace: fresh("T"), channel: fresh("C") };
      expect(await store.mutes.isMuted(here)).toBe(false);
      await store.mutes.mute(here);
      expect(await store.mutes.isMuted(here)).toBe(true);
      // The same channel id in another workspace, another channel of the same workspace.
      expect(await store.mutes.isMuted({ ...here, workspace: fresh("T") })).toBe(false);
      expect(await store.mutes.isMuted({ ...here, channel: fresh("C") })).toBe(false);
      await store.mutes.mute(here);
      expect(await store.mutes.isMuted(here)).toBe(true);
      await store.mutes.unmute(here);
      expect(await store.mutes.isMuted(here)).toBe(false);
    });

    it("fall back to the workspace's default, which a channel's own setting overrides", async () => {
      const workspace = fresh("T");
      const quiet = { workspace, channel: fresh("C") };
      const loud = { workspace, channel: fresh("C") };
      await store.mutes.mute({ workspace, channel: WORKSPACE_DEFAULT });
      expect(await store.mutes.isMuted(quiet)).toBe(true);
      await store.mutes.unmute(loud);
      expect(await store.mutes.isMuted(loud)).toBe(false);
      expect(await store.mutes.isMuted(quiet)).toBe(true);
      await store.mutes.unmute({ workspace, channel: WORKSPACE_DEFAULT });
      expect(await store.mutes.isMuted(quiet)).toBe(false);
    });
  });

  describe(`${subject.name}: mute settings, in any order`, () => {
    const everyOrder = [
      // [what is done, in order] -> is the channel muted, is another channel (no setting) muted
      { steps: ["unmute channel", "mute workspace"], channel: false, other: true },
      { steps: ["mute workspace", "unmute channel"], channel: false, other: true },
      { steps: ["mute channel", "unmute workspace"], channel: true, other: false },
      { steps: ["unmute workspace", "mute channel"], channel: true, other: false },
      { steps: ["mute workspace", "mute channel", "unmute workspace"], channel: true, other: false },
      { steps: ["mute channel", "mute workspace", "unmute channel"], channel: false, other: true },
      { steps: ["mute workspace", "unmute workspace", "unmute channel"], channel: false, other: false },
    ] as const;
    it.each(everyOrder)(
      "$steps: a channel's own setting wins over the workspace's default",
      async (order) => {
        const workspace = fresh("T");
        const channel = { workspace, channel: fresh("C") };
        const other = { workspace, channel: fresh("C") };
        const everywhere = { workspace, channel: WORKSPACE_DEFAULT };
        for (const step of order.steps) {
          const [verb, scope] = step.split(" ");
          const where = scope === "workspace" ? everywhere : channel;
          await (verb === "mute" ? store.mutes.mute(where) : store.mutes.unmute(where));
        }
        expect(await store.mutes.isMuted(channel)).toBe(order.channel);
        expect(await store.mutes.isMuted(other)).toBe(order.other);
      },
    );
  });

  describe(`${subject.name}: event dedupe`, () => {
    it("lets an event id through once until it expires (two hours)", async () => {
      const id = fresh("Ev");
      expect(await store.events.claim(id)).toBe(true);
      expect(await store.events.claim(id)).toBe(false);
      expect(await store.events.claim(fresh("Ev"))).toBe(true);
      time.advance(2 * HOUR - 1);
      expect(await store.events.claim(id)).toBe(false);
      time.advance(1);
      expect(await store.events.claim(id)).toBe(true);
    });

    it("lets exactly one of many simultaneous claims of an id through", async () => {
      const id = fresh("Ev");
      const results = await Promise.all(Array.from({ length: 12 }, () => store.events.claim(id)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });
  });

  describe(`${subject.name}: codes explained`, () => {
    it("are not explained twice in a thread, even after the channel window", async () => {
      const here = thread();
      expect(await store.mentions.claim(here, [503])).toEqual([503]);
      expect(await store.mentions.claim(here, [503])).toEqual([]);
      time.advance(11 * MINUTE);
      expect(await store.mentions.claim(here, [503, 502])).toEqual([502]);
      // A thread remembers for a day.
      time.advance(24 * HOUR);
      expect(await store.mentions.claim(here, [503])).toEqual([503]);
    });

    it("are not explained again in a channel within 10 minutes, but are after", async () => {
      const first = thread();
      const second = { ...first, threadTs: "200.2" };
      expect(await store.mentions.claim(first, [503])).toEqual([503]);
      time.advance(9 * MINUTE);
      expect(await store.mentions.claim(second, [503])).toEqual([]);
      // Another channel, the same channel id in another workspace: not affected.
      expect(await store.mentions.claim({ ...second, channel: fresh("C") }, [503])).toEqual([503]);
      expect(await store.mentions.claim({ ...second, workspace: fresh("T") }, [503])).toEqual([503]);
      time.advance(MINUTE);
      expect(await store.mentions.claim(second, [503])).toEqual([503]);
      // A refused claim left nothing behind: the second thread is claimed now, the first still is.
      expect(await store.mentions.claim(first, [503])).toEqual([]);
    });

    it("a refused channel claim does not count against the thread later", async () => {
      const first = thread();
      const second = { ...first, threadTs: "300.3" };
      await store.mentions.claim(first, [404]);
      expect(await store.mentions.claim(second, [404])).toEqual([]);
      time.advance(10 * MINUTE);
      expect(await store.mentions.claim(second, [404])).toEqual([404]);
    });

    it("keeps the order asked in, without repeats", async () => {
      expect(await store.mentions.claim(thread(), [503, 429, 503, 200])).toEqual([503, 429, 200]);
      expect(await store.mentions.claim(thread(), [])).toEqual([]);
    });

    it("forgets a released claim, in the thread and in the channel", async () => {
      const here = thread();
      expect(await store.mentions.claim(here, [429, 418])).toEqual([429, 418]);
      await store.mentions.release(here, [429]);
      expect(await store.mentions.claim(here, [429, 418])).toEqual([429]);
      expect(await store.mentions.claim({ ...here, threadTs: "9.9" }, [418])).toEqual([]);
    });

    it("a release by one thread does not free another thread's channel claim", async () => {
      const first = thread();
      const second = { ...first, threadTs: "400.4" };
      await store.mentions.claim(first, [500]);
      await store.mentions.release(second, [500]);
      expect(await store.mentions.claim(second, [500])).toEqual([]);
    });

    it("records codes explained on request", async () => {
      const here = thread();
      await store.mentions.record(here, [401, 403]);
      expect(await store.mentions.claim(here, [401, 403, 404])).toEqual([404]);
      expect(await store.mentions.claim({ ...here, threadTs: "5.5" }, [401])).toEqual([]);
    });

    it("gives a code to exactly one of many simultaneous claims for a thread", async () => {
      const here = thread();
      const results = await Promise.all(
        Array.from({ length: 12 }, () => store.mentions.claim(here, [502, 504])),
      );
      expect(results.flat().sort()).toEqual([502, 504]);
    });
  });

  describe(`${subject.name}: installations`, () => {
    it("are saved, found by workspace, replaced and deleted", async () => {
      const team = fresh("T");
      expect(await store.installations.find({ teamId: team, isEnterpriseInstall: false })).toBeUndefined();
      await store.installations.save(installation(team, "xoxb-first"));
      const found = await store.installations.find({ teamId: team, isEnterpriseInstall: false });
      expect(found?.bot?.token).toBe("xoxb-first");
      expect(found?.team?.id).toBe(team);
      await store.installations.save(installation(team, "xoxb-second"));
      expect((await store.installations.find({ teamId: team, isEnterpriseInstall: false }))?.bot?.token).toBe(
        "xoxb-second",
      );
      expect(
        await store.installations.find({ teamId: fresh("T"), isEnterpriseInstall: false }),
      ).toBeUndefined();
      expect(await store.installations.delete({ teamId: team, isEnterpriseInstall: false })).toBe(true);
      expect(await store.installations.find({ teamId: team, isEnterpriseInstall: false })).toBeUndefined();
      expect(await store.installations.delete({ teamId: team, isEnterpriseInstall: false })).toBe(false);
    });

    it("installed org-wide, serve every workspace of the organization", async () => {
      const enterprise = fresh("E");
      await store.installations.save(
        installation("", "xoxb-org", {
          team: undefined,
          enterprise: { id: enterprise, name: "Org" },
          isEnterpriseInstall: true,
        }),
      );
      const found = await store.installations.find({
        teamId: fresh("T"),
        enterpriseId: enterprise,
        isEnterpriseInstall: true,
      });
      expect(found?.bot?.token).toBe("xoxb-org");
      await store.installations.delete({ enterpriseId: enterprise, isEnterpriseInstall: true });
      expect(
        await store.installations.find({ enterpriseId: enterprise, isEnterpriseInstall: true }),
      ).toBeUndefined();
    });

    it("give a token refresh to one claimant at a time, until it is replaced or runs out", async () => {
      const team = fresh("T");
      await store.installations.save(rotating(team, 1));
      const read = await store.installations.find({ teamId: team, isEnterpriseInstall: false });
      if (!read) throw new Error("saved above");
      const claims = await Promise.all(
        Array.from({ length: 8 }, () => store.installations.claimRefresh(read, MINUTE)),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      // A failed refresh keeps the claim until it runs out.
      time.advance(MINUTE - 1);
      expect(await store.installations.claimRefresh(read, MINUTE)).toBe(false);
      time.advance(1);
      expect(await store.installations.claimRefresh(read, MINUTE)).toBe(true);
      // Replaced: the claim ends, and a claim on the old version is refused.
      const next = rotating(team, 2);
      expect(await store.installations.replace(read, next)).toBe(true);
      expect((await store.installations.find({ teamId: team }))?.bot?.token).toBe("xoxe.xoxb-2");
      expect(await store.installations.claimRefresh(read, MINUTE)).toBe(false);
      expect(await store.installations.replace(read, rotating(team, 3))).toBe(false);
      const current = await store.installations.find({ teamId: team });
      expect(current).toEqual(next);
      expect(await store.installations.claimRefresh(current as Installation, MINUTE)).toBe(true);
    });

    it("never let a refresh overwrite a reinstall or bring back an uninstalled workspace", async () => {
      const team = fresh("T");
      await store.installations.save(rotating(team, 1));
      const read = (await store.installations.find({ teamId: team })) as Installation;
      expect(await store.installations.claimRefresh(read, MINUTE)).toBe(true);
      // Reinstalled while the refresh was with Slack: the reinstall stays.
      await store.installations.save(rotating(team, 5));
      expect(await store.installations.replace(read, rotating(team, 2))).toBe(false);
      expect((await store.installations.find({ teamId: team }))?.bot?.token).toBe("xoxe.xoxb-5");
      // A reinstall voids the claim on what it replaced.
      const reinstalled = (await store.installations.find({ teamId: team })) as Installation;
      expect(await store.installations.claimRefresh(reinstalled, MINUTE)).toBe(true);
      // Uninstalled while the refresh was with Slack: it stays uninstalled.
      await store.installations.delete({ teamId: team, isEnterpriseInstall: false });
      expect(await store.installations.replace(reinstalled, rotating(team, 6))).toBe(false);
      expect(await store.installations.find({ teamId: team })).toBeUndefined();
      expect(await store.installations.claimRefresh(reinstalled, MINUTE)).toBe(false);
    });

    it("claim an org-wide installation under its own key, whichever workspace asked", async () => {
      const enterprise = fresh("E");
      await store.installations.save({
        ...rotating("", 1),
        team: undefined,
        enterprise: { id: enterprise, name: "Org" },
        isEnterpriseInstall: true,
      } as Installation);
      const [fromOne, fromTwo] = await Promise.all(
        [fresh("T"), fresh("T")].map((teamId) =>
          store.installations.find({ teamId, enterpriseId: enterprise, isEnterpriseInstall: true }),
        ),
      );
      const claims = await Promise.all(
        [fromOne, fromTwo].map((found) => store.installations.claimRefresh(found as Installation, MINUTE)),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
    });
  });

  describe(`${subject.name}: upkeep`, () => {
    it("cleanup drops what expired, and only that", async () => {
      await store.cleanup();
      const here = thread();
      await store.events.claim(fresh("Ev"));
      await store.mentions.claim(here, [410]);
      time.advance(24 * HOUR);
      const kept = fresh("Ev");
      await store.events.claim(kept);
      const dropped = await store.cleanup();
      if (subject.name !== "memory") expect(dropped).toBeGreaterThanOrEqual(3);
      expect(await store.events.claim(kept)).toBe(false);
      expect(await store.mentions.claim(here, [410])).toEqual([410]);
    });
  });

  if (subject.durable) {
    it(`${subject.name}: a restart keeps the settings`, async () => {
      const here = { workspace: fresh("T"), channel: fresh("C") };
      await store.mutes.mute(here);
      const restarted = await another();
      expect(await restarted.mutes.isMuted(here)).toBe(true);
    });
  }

  if (subject.replicas) {
    describe(`${subject.name}: two replicas (two connections to the same data)`, () => {
      it("share settings, event ids, claims and installations", async () => {
        const other = await another();
        const here = { workspace: fresh("T"), channel: fresh("C") };
        await store.mutes.mute(here);
        expect(await other.mutes.isMuted(here)).toBe(true);
        const id = fresh("Ev");
        expect(await store.events.claim(id)).toBe(true);
        expect(await other.events.claim(id)).toBe(false);
        const place = thread();
        expect(await other.mentions.claim(place, [503])).toEqual([503]);
        expect(await store.mentions.claim(place, [503])).toEqual([]);
      });

      it("claiming at the same moment, never both get a code or an event", async () => {
        const other = await another();
        for (let round = 0; round < 5; round++) {
          const place = thread();
          const id = fresh("Ev");
          const [a, b, c, d] = await Promise.all([
            store.mentions.claim(place, [500, 502, 503]),
            other.mentions.claim(place, [503, 502, 500]),
            store.events.claim(id),
            other.events.claim(id),
          ]);
          expect([...(a ?? []), ...(b ?? [])].sort()).toEqual([500, 502, 503]);
          expect([c, d].filter(Boolean)).toHaveLength(1);
        }
      });

      it("claiming one code from two threads of a channel at once, one replica gets it", async () => {
        const other = await another();
        for (let round = 0; round < 8; round++) {
          const first = thread();
          const second = { ...first, threadTs: `${round + 500}.5` };
          const third = { ...first, threadTs: `${round + 600}.6` };
          const results = await Promise.all([
            store.mentions.claim(first, [503, 429]),
            other.mentions.claim(second, [429, 503]),
            other.mentions.claim(third, [503]),
          ]);
          // The channel window lets each code be explained once, in whichever thread won it.
          expect(results.flat().sort()).toEqual([429, 503]);
          // A thread that lost a code may still get it after the window.
          const lost = [first, second, third].find((_where, i) => !results[i]?.includes(503));
          time.advance(10 * MINUTE);
          expect(await other.mentions.claim(lost ?? first, [503])).toEqual([503]);
        }
      });

      it("give a token refresh to one replica, and see each other's refreshed token", async () => {
        const other = await another();
        const team = fresh("T");
        await store.installations.save(rotating(team, 1));
        const [mine, theirs] = await Promise.all([
          store.installations.find({ teamId: team }),
          other.installations.find({ teamId: team }),
        ]);
        const claims = await Promise.all([
          store.installations.claimRefresh(mine as Installation, MINUTE),
          other.installations.claimRefresh(theirs as Installation, MINUTE),
        ]);
        expect(claims.filter(Boolean)).toHaveLength(1);
        const winner = claims[0] ? store : other;
        expect(await winner.installations.replace(mine as Installation, rotating(team, 2))).toBe(true);
        const loser = claims[0] ? other : store;
        expect((await loser.installations.find({ teamId: team }))?.bot?.token).toBe("xoxe.xoxb-2");
      });
    });
  }
}
