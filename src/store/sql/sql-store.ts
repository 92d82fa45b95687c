import type { Installation } from "@slack/bolt";
import type { Kysely } from "kysely";
import type { Availability } from "../availability.ts";
import {
  type Conversation,
  DEFAULT_RETENTION,
  type EventDedupe,
  type ExplainedCodes,
  type InstallationKeyParts,
  type InstallationRecords,
  installationKey,
  installationKeys,
  keyPartsOf,
  type MuteStore,
  normalizedCodes,
  type Retention,
  type Store,
  storedKeyOf,
  WORKSPACE_DEFAULT,
} from "../store.ts";
import type { Database } from "./schema.ts";

export interface SqlStoreParts {
  readonly kind: "sqlite" | "postgres";
  readonly db: Kysely<Database>;
  readonly availability: Availability;
  /** How long things are remembered; DEFAULT_RETENTION where unset. */
  readonly retention?: Partial<Retention>;
  readonly now: () => number;
  /** Drops expired rows this often; 0 for never (tests call cleanup()). Default 5 minutes. */
  readonly cleanupEveryMs?: number;
  /** Closes the connections. */
  readonly destroy: () => Promise<void>;
}

/**
 * The store over SQL, one implementation for both databases: Kysely writes each statement in the
 * database's dialect, and both support what the claims need (INSERT ... ON CONFLICT DO UPDATE ...
 * WHERE ... RETURNING, transactions). What differs (connections, locks, how migrations are made
 * exclusive) is in sqlite.ts and postgres.ts.
 */
export function createSqlStore(parts: SqlStoreParts): Store {
  const { db, availability, now } = parts;
  const retention: Retention = { ...DEFAULT_RETENTION, ...parts.retention };
  const cleanupEveryMs = parts.cleanupEveryMs ?? 5 * 60_000;
  const guarded = <T>(what: string, call: () => Promise<T>) => availability.run(what, call);

  const mutes: MuteStore = {
    isMuted: ({ workspace, channel }) =>
      guarded("reading a mute setting", async () => {
        const rows = await db
          .selectFrom("channel_settings")
          .select(["channel_id", "muted"])
          .where("workspace_id", "=", workspace)
          .where("channel_id", "in", [channel, WORKSPACE_DEFAULT])
          .execute();
        const own = rows.find((row) => row.channel_id === channel) ?? rows[0];
        return Number(own?.muted ?? 0) === 1;
      }),
    mute: (where) => guarded("saving a mute setting", () => setMuted(where, true)),
    unmute: (where) => guarded("saving a mute setting", () => setMuted(where, false)),
  };

  async function setMuted({ workspace, channel }: Conversation, muted: boolean): Promise<void> {
    await db
      .insertInto("channel_settings")
      .values({ workspace_id: workspace, channel_id: channel, muted: muted ? 1 : 0, updated_at: now() })
      .onConflict((oc) =>
        oc.columns(["workspace_id", "channel_id"]).doUpdateSet((eb) => ({
          muted: eb.ref("excluded.muted"),
          updated_at: eb.ref("excluded.updated_at"),
        })),
      )
      .execute();
  }

  const events: EventDedupe = {
    claim: (eventId) =>
      guarded("recording an event id", async () => {
        const at = now();
        // Insert-if-absent: a row comes back for the first delivery, or when the old claim expired.
        const row = await db
          .insertInto("processed_events")
          .values({ event_id: eventId, expires_at: at + retention.eventMemoryMs })
          .onConflict((oc) =>
            oc
              .column("event_id")
              .doUpdateSet((eb) => ({ expires_at: eb.ref("excluded.expires_at") }))
              .where("processed_events.expires_at", "<=", at),
          )
          .returning("event_id")
          .executeTakeFirst();
        return row !== undefined;
      }),
  };

  const mentions: ExplainedCodes = {
    claim: (where, codes) =>
      guarded("claiming codes to explain", async () => {
        if (codes.length === 0) return [];
        const claimed = await db.transaction().execute(async (trx) => {
          const at = now();
          const won = new Set<number>();
          // Rows are locked in one global order (code, then thread before channel): no deadlocks.
          for (const code of normalizedCodes(codes)) {
            const key = { workspace_id: where.workspace, channel_id: where.channel, code };
            // The thread: a row comes back when the code was never explained there, or long ago.
            const thread = await trx
              .insertInto("explained_in_threads")
              .values({ ...key, thread_ts: where.threadTs, expires_at: at + retention.threadMemoryMs })
              .onConflict((oc) =>
                oc
                  .columns(["workspace_id", "channel_id", "thread_ts", "code"])
                  .doUpdateSet((eb) => ({ expires_at: eb.ref("excluded.expires_at") }))
                  .where("explained_in_threads.expires_at", "<=", at),
              )
              .returning("code")
              .executeTakeFirst();
            if (!thread) continue;
            // The channel: the same, within the channel window.
            const channel = await trx
              .insertInto("explained_in_channels")
              .values({ ...key, thread_ts: where.threadTs, expires_at: at + retention.channelWindowMs })
              .onConflict((oc) =>
                oc
                  .columns(["workspace_id", "channel_id", "code"])
                  .doUpdateSet((eb) => ({
                    expires_at: eb.ref("excluded.expires_at"),
                    thread_ts: eb.ref("excluded.thread_ts"),
                  }))
                  .where("explained_in_channels.expires_at", "<=", at),
              )
              .returning("code")
              .executeTakeFirst();
            if (channel) {
              won.add(code);
              continue;
            }
            // Explained in the channel recently: undo the thread's claim (it stays as it was: absent).
            await trx
              .deleteFrom("explained_in_threads")
              .where("workspace_id", "=", where.workspace)
              .where("channel_id", "=", where.channel)
              .where("thread_ts", "=", where.threadTs)
              .where("code", "=", code)
              .execute();
          }
          return won;
        });
        return [...new Set(codes)].filter((code) => claimed.has(code));
      }),
    release: (where, codes) =>
      guarded("releasing claimed codes", async () => {
        if (codes.length === 0) return;
        await db.transaction().execute(async (trx) => {
          await trx
            .deleteFrom("explained_in_threads")
            .where("workspace_id", "=", where.workspace)
            .where("channel_id", "=", where.channel)
            .where("thread_ts", "=", where.threadTs)
            .where("code", "in", [...codes])
            .execute();
          // Only the channel claim this thread made: another thread's stays.
          await trx
            .deleteFrom("explained_in_channels")
            .where("workspace_id", "=", where.workspace)
            .where("channel_id", "=", where.channel)
            .where("thread_ts", "=", where.threadTs)
            .where("code", "in", [...codes])
            .execute();
        });
      }),
    record: (where, codes) =>
      guarded("recording explained codes", async () => {
        if (codes.length === 0) return;
        await db.transaction().execute(async (trx) => {
          const at = now();
          for (const code of normalizedCodes(codes)) {
            const key = { workspace_id: where.workspace, channel_id: where.channel, code };
            await trx
              .insertInto("explained_in_threads")
              .values({ ...key, thread_ts: where.threadTs, expires_at: at + retention.threadMemoryMs })
              .onConflict((oc) =>
                oc
                  .columns(["workspace_id", "channel_id", "thread_ts", "code"])
                  .doUpdateSet((eb) => ({ expires_at: eb.ref("excluded.expires_at") })),
              )
              .execute();
            await trx
              .insertInto("explained_in_channels")
              .values({ ...key, thread_ts: where.threadTs, expires_at: at + retention.channelWindowMs })
              .onConflict((oc) =>
                oc.columns(["workspace_id", "channel_id", "code"]).doUpdateSet((eb) => ({
                  expires_at: eb.ref("excluded.expires_at"),
                  thread_ts: eb.ref("excluded.thread_ts"),
                })),
              )
              .execute();
          }
        });
      }),
  };

  const installations: InstallationRecords = {
    save: (installation) =>
      guarded("saving an installation", async () => {
        const row = {
          installation_key: storedKeyOf(installation),
          is_enterprise_install: keyPartsOf(installation).isEnterpriseInstall ? 1 : 0,
          data: JSON.stringify(installation),
          updated_at: now(),
          // A reinstall starts afresh: a claim on the installation it replaces is void.
          refresh_claimed_until: null,
        };
        await db
          .insertInto("installations")
          .values(row)
          .onConflict((oc) =>
            oc.column("installation_key").doUpdateSet((eb) => ({
              is_enterprise_install: eb.ref("excluded.is_enterprise_install"),
              data: eb.ref("excluded.data"),
              updated_at: eb.ref("excluded.updated_at"),
              refresh_claimed_until: eb.ref("excluded.refresh_claimed_until"),
            })),
          )
          .execute();
      }),
    find: (query: InstallationKeyParts) =>
      guarded("reading an installation", async () => {
        const keys = installationKeys(query);
        if (keys.length === 0) return undefined;
        const rows = await db
          .selectFrom("installations")
          .select(["installation_key", "data"])
          .where("installation_key", "in", keys)
          .execute();
        for (const key of keys) {
          const row = rows.find((r) => r.installation_key === key);
          if (row) return JSON.parse(row.data) as Installation;
        }
        return undefined;
      }),
    delete: (query) =>
      guarded("deleting an installation", async () => {
        const key = installationKey(query);
        if (!key) return false;
        const result = await db
          .deleteFrom("installations")
          .where("installation_key", "=", key)
          .executeTakeFirst();
        return Number(result.numDeletedRows) > 0;
      }),
    // Both are one conditional UPDATE: the row is compared with the installation as it was read
    // (its JSON is written by JSON.stringify and read back by JSON.parse, which give the same text).
    claimRefresh: (installation, forMs) =>
      guarded("claiming a token refresh", async () => {
        const at = now();
        const row = await db
          .updateTable("installations")
          .set({ refresh_claimed_until: at + forMs })
          .where("installation_key", "=", storedKeyOf(installation))
          .where("data", "=", JSON.stringify(installation))
          .where((eb) =>
            eb.or([eb("refresh_claimed_until", "is", null), eb("refresh_claimed_until", "<=", at)]),
          )
          .returning("installation_key")
          .executeTakeFirst();
        return row !== undefined;
      }),
    replace: (current, refreshed) =>
      guarded("saving a refreshed token", async () => {
        if (storedKeyOf(refreshed) !== storedKeyOf(current))
          throw new Error("a refresh cannot change the key");
        const row = await db
          .updateTable("installations")
          .set({
            data: JSON.stringify(refreshed),
            updated_at: now(),
            refresh_claimed_until: null,
          })
          .where("installation_key", "=", storedKeyOf(current))
          .where("data", "=", JSON.stringify(current))
          .returning("installation_key")
          .executeTakeFirst();
        return row !== undefined;
      }),
  };

  const cleanup = () =>
    guarded("dropping expired rows", async () => {
      const at = now();
      const results = await Promise.all([
        db.deleteFrom("processed_events").where("expires_at", "<=", at).executeTakeFirst(),
        db.deleteFrom("explained_in_threads").where("expires_at", "<=", at).executeTakeFirst(),
        db.deleteFrom("explained_in_channels").where("expires_at", "<=", at).executeTakeFirst(),
      ]);
      return results.reduce((sum, result) => sum + Number(result.numDeletedRows), 0);
    });

  let timer: NodeJS.Timeout | undefined;
  if (cleanupEveryMs > 0) {
    timer = setInterval(() => {
      // An outage is reported by the availability check; the next round tries again.
      cleanup().catch(() => {});
    }, cleanupEveryMs);
    timer.unref();
  }

  return {
    kind: parts.kind,
    mutes,
    mentions,
    events,
    installations,
    cleanup,
    async close() {
      clearInterval(timer);
      await parts.destroy();
    },
  };
}
