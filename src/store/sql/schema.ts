/**
 * The tables, as Kysely sees them (src/store/sql/migrations.ts creates them). The same schema on
 * SQLite and PostgreSQL: times are milliseconds since the epoch (bigint), flags are 0 or 1.
 */
export interface Database {
  schema_migrations: {
    version: number;
    name: string;
    applied_at: number;
  };
  /** Per-conversation settings; channel_id "*" holds the workspace's default. */
  channel_settings: {
    workspace_id: string;
    channel_id: string;
    muted: number;
    updated_at: number;
  };
  /** Event ids handled: a row is the first delivery's claim, until it expires. */
  processed_events: {
    event_id: string;
    expires_at: number;
  };
  /** A code explained in a thread (not again there until it expires: 24 hours). */
  explained_in_threads: {
    workspace_id: string;
    channel_id: string;
    thread_ts: string;
    code: number;
    expires_at: number;
  };
  /** A code explained in a channel (not again there until it expires: 10 minutes), and in which thread. */
  explained_in_channels: {
    workspace_id: string;
    channel_id: string;
    code: number;
    thread_ts: string;
    expires_at: number;
  };
  /**
   * Slack installations (OAuth mode): the whole Installation as JSON, under its key ("team:T123",
   * or "enterprise:E123" for an org-wide install), which is all that is ever looked up. Not listed
   * here, so never written nor read: team_id, enterprise_id and bot_token_expires_at (nullable,
   * from migration 1), which the first release wrote without reading them; a later release drops
   * them, once no replica of that one runs (README, "Schema changes and rolling deploys").
   */
  installations: {
    installation_key: string;
    /** 1 when the key is an organization's (NOT NULL since migration 1, so still written). */
    is_enterprise_install: number;
    data: string;
    updated_at: number;
    /** While a replica refreshes the bot token (or after its refresh failed): until when, in ms. */
    refresh_claimed_until: number | null;
  };
}
