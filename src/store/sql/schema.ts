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
  /** Slack installations (OAuth mode): the whole Installation as JSON, with the fields looked up by. */
  installations: {
    installation_key: string;
    team_id: string | null;
    enterprise_id: string | null;
    is_enterprise_install: number;
    bot_token_expires_at: number | null;
    data: string;
    updated_at: number;
    /** While a replica refreshes the bot token (or after its refresh failed): until when, in ms. */
    refresh_claimed_until: number | null;
  };
}
