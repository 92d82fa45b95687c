import type { Installation } from "@slack/bolt";

/**
 * Everything the app remembers beyond one request, behind one interface with three implementations:
 * memory (one process, forgotten on restart; tests), SQLite (one process, kept on disk) and
 * PostgreSQL (shared by any number of replicas). The same contract tests run against each
 * (test/store/contract.ts). Every method may reject when a database is unreachable; the store
 * reports an outage once, when it starts, and once more when it ends (see Availability).
 */
export interface Store {
  readonly kind: "memory" | "sqlite" | "postgres";
  /** Per-conversation settings: mute and unmute. */
  readonly mutes: MuteStore;
  /** Which codes were explained where, recently. */
  readonly mentions: ExplainedCodes;
  /** Event ids already handled: Slack redelivers an event it thinks was missed, maybe to another replica. */
  readonly events: EventDedupe;
  /** Slack installations (OAuth mode): one bot token per workspace or organization. */
  readonly installations: InstallationRecords;
  /** Drops expired rows (events, explained codes); returns how many. Runs on a timer too. */
  cleanup(): Promise<number>;
  /** Stops the cleanup timer and closes the connections. */
  close(): Promise<void>;
}

/** A conversation of a workspace (a team, or an enterprise for org-wide installs). */
export interface Conversation {
  readonly workspace: string;
  readonly channel: string;
}

/** A thread of a conversation: the ts of its first message (a message's own ts when not in a thread). */
export interface Thread extends Conversation {
  readonly threadTs: string;
}

/** A workspace-wide default: the setting of this pseudo-channel applies where a channel has none. */
export const WORKSPACE_DEFAULT = "*";

/**
 * Whether codes mentioned in messages are explained in a conversation. A channel's own setting
 * wins; without one, the workspace's default (channel WORKSPACE_DEFAULT); without that, not muted.
 */
export interface MuteStore {
  isMuted(where: Conversation): Promise<boolean>;
  mute(where: Conversation): Promise<void>;
  unmute(where: Conversation): Promise<void>;
}

/**
 * A code is not explained twice in a thread, nor again in a channel within a window (10 minutes).
 * `claim` checks and records in one atomic step: of two replicas claiming the same code for the same
 * thread at once, one gets it.
 */
export interface ExplainedCodes {
  /** The codes that may be explained in this thread now, recorded as explained. */
  claim(where: Thread, codes: readonly number[]): Promise<number[]>;
  /** Forgets a claim whose explanation could not be posted, so a later mention may try again. */
  release(where: Thread, codes: readonly number[]): Promise<void>;
  /** Records codes explained on request (an @-mention): the thread won't get them again unasked. */
  record(where: Thread, codes: readonly number[]): Promise<void>;
}

export interface EventDedupe {
  /** True the first time an event id is seen (within the memory, two hours); false for a redelivery. */
  claim(eventId: string): Promise<boolean>;
}

/** Who an installation is for: the ids of Bolt's InstallationQuery, or of an Installation. */
export interface InstallationKeyParts {
  readonly teamId?: string | undefined;
  readonly enterpriseId?: string | undefined;
  readonly isEnterpriseInstall?: boolean | undefined;
}

export interface InstallationRecords {
  /** Saves an installation (a new install, or a reinstall replacing the old one). */
  save(installation: Installation): Promise<void>;
  /** The installation for a workspace, or for its organization when the app is installed org-wide. */
  find(query: InstallationKeyParts): Promise<Installation | undefined>;
  /** Deletes the installation stored under the query's key; true when there was one. */
  delete(query: InstallationKeyParts): Promise<boolean>;
  /**
   * Claims the refresh of an installation's bot token for `forMs`, among every holder of the
   * store (other replicas included): true for one caller at a time, and only while the
   * installation is stored exactly as given (not refreshed, reinstalled or deleted since it was
   * read). The claim ends with `replace`, or runs out by itself: a failed refresh is not tried again
   * by anyone until then, and a replica that dies mid-refresh holds nothing for long. No connection
   * or transaction is held meanwhile: the refresh is a call to Slack that may take seconds.
   */
  claimRefresh(installation: Installation, forMs: number): Promise<boolean>;
  /**
   * Stores `refreshed` in place of `current` and ends the claim, unless the installation changed
   * since `current` was read (reinstalled or deleted during the refresh): then nothing is written
   * and the answer is false.
   */
  replace(current: Installation, refreshed: Installation): Promise<boolean>;
}

/** How long things are remembered, for every implementation. */
export interface Retention {
  /** A code explained in a channel is not explained again there for this long. Default 10 minutes. */
  readonly channelWindowMs: number;
  /** How long a thread remembers the codes explained in it. Default 24 hours. */
  readonly threadMemoryMs: number;
  /** How long an event id is remembered: Slack retries within minutes. Default 2 hours. */
  readonly eventMemoryMs: number;
}

export const DEFAULT_RETENTION: Retention = {
  channelWindowMs: 10 * 60_000,
  threadMemoryMs: 24 * 60 * 60_000,
  eventMemoryMs: 2 * 60 * 60_000,
};

/**
 * The one key of an installation: the organization for an org-wide install, else the workspace.
 * Undefined when the parts name neither.
 */
export function installationKey(parts: InstallationKeyParts): string | undefined {
  if (parts.isEnterpriseInstall && parts.enterpriseId) return `enterprise:${parts.enterpriseId}`;
  if (parts.teamId) return `team:${parts.teamId}`;
  if (parts.enterpriseId) return `enterprise:${parts.enterpriseId}`;
  return undefined;
}

/** The keys to look an installation up by, best first: the workspace's own, then its organization's. */
export function installationKeys(parts: InstallationKeyParts): string[] {
  const keys = [installationKey(parts)];
  if (parts.enterpriseId) keys.push(`enterprise:${parts.enterpriseId}`);
  return [...new Set(keys.filter((key): key is string => key !== undefined))];
}

/** The key an installation is stored under (its organization's for an org-wide install). */
export function storedKeyOf(installation: Installation): string {
  const key = installationKey(keyPartsOf(installation));
  if (!key) throw new Error("an installation needs a team or an enterprise id");
  return key;
}

/** The key parts of a stored installation. */
export function keyPartsOf(installation: Installation): InstallationKeyParts {
  return {
    teamId: installation.team?.id,
    enterpriseId: installation.enterprise?.id,
    isEnterpriseInstall: installation.isEnterpriseInstall === true,
  };
}

/** Codes in ascending order without repeats: claims lock rows in one global order (no deadlocks). */
export function normalizedCodes(codes: readonly number[]): number[] {
  return [...new Set(codes)].sort((a, b) => a - b);
}
