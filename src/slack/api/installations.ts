import type {
  AuthorizeResult,
  AuthorizeSourceData,
  Installation,
  InstallationQuery,
  InstallationStore,
  Logger,
} from "@slack/bolt";
import {
  type InstallationKeyParts,
  type InstallationRecords,
  installationKey,
  installationKeys,
  keyPartsOf,
  storedKeyOf,
} from "../../store/store.ts";
import { describeSlackError } from "./web-api.ts";

/** The bot scopes the install asks for: manifest.yml's oauth_config.scopes.bot (a test keeps them equal). */
export const BOT_SCOPES = [
  "commands",
  "chat:write",
  "app_mentions:read",
  "links:read",
  "links:write",
  "channels:history",
  "groups:history",
  "im:history",
  "mpim:history",
] as const;

/**
 * With token rotation on, a bot token is refreshed once it has less than this left (Slack's tokens
 * last 12 hours; Slack's own SDK refreshes within 2 hours of expiry).
 */
export const REFRESH_BEFORE_EXPIRY_S = 2 * 60 * 60 + 10 * 60;

/**
 * A token with less than this left is refreshed before the request goes on; with more, the
 * request uses it and the refresh runs in the background. Tokens are refreshed from 2 h 10 min
 * before expiry, so a workspace that is in use never waits.
 */
export const WAIT_FOR_REFRESH_UNDER_S = 5 * 60;

/**
 * How long a replica's claim on a refresh lasts: longer than the call to Slack may take (its
 * timeout is 10 s). A failed refresh keeps its claim until then, so no replica tries again sooner:
 * one warning a minute, not one per request.
 */
export const REFRESH_CLAIM_MS = 60_000;

/** Bolt's InstallationStore over the store's installation records: what the OAuth installer saves into. */
export function boltInstallationStore(records: InstallationRecords, logger: Logger): InstallationStore {
  return {
    storeInstallation: async (installation: Installation) => {
      await records.save(installation);
      logger.info(`Installed in ${describeInstallation(installation)}`);
    },
    fetchInstallation: async (query: InstallationQuery<boolean>) => {
      const found = await records.find(query);
      if (!found) throw new Error(`no installation for ${describeQuery(query)}`);
      return found;
    },
    deleteInstallation: async (query: InstallationQuery<boolean>) => {
      await records.delete(query);
    },
  };
}

/** A refreshed bot token, as oauth.v2.access (grant_type=refresh_token) returns it. */
export interface RefreshedToken {
  readonly access_token?: string;
  readonly refresh_token?: string;
  readonly expires_in?: number;
}

export interface InstallationAuthorizeOptions {
  /** The store's installation records: claims, refreshed tokens and waiting for another replica's. */
  readonly installations: InstallationRecords;
  /** Where a request looks its installation up first (cachedInstallations over the same records). */
  readonly cache?: InstallationCache;
  /** Calls oauth.v2.access with grant_type=refresh_token (on SLACK_API_URL). */
  readonly refresh: (refreshToken: string) => Promise<RefreshedToken>;
  readonly logger: Logger;
  /** The clock, in milliseconds (tests pass a fake one; the store's claims use the store's). */
  readonly now?: () => number;
  /**
   * How long a request waits for another replica's refresh to reach the store, at most (its call
   * to Slack usually takes well under a second). Default 3 s.
   */
  readonly othersRefreshWaitMs?: number;
}

function describeQuery(query: InstallationKeyParts): string {
  if (query.isEnterpriseInstall && query.enterpriseId) return `organization ${query.enterpriseId}`;
  return `workspace ${query.teamId ?? query.enterpriseId ?? "(unknown)"}`;
}

function describeInstallation(installation: Installation): string {
  return describeQuery(keyPartsOf(installation));
}

/**
 * Bolt's `authorize` for many workspaces: each request is answered with the bot token of the
 * installation it comes from (its workspace's, or its organization's when installed org-wide), and
 * the bot's identity (user id, bot id) is that installation's own.
 *
 * With token rotation, a token close to expiry is refreshed first. Replicas must not both refresh
 * it (the second would spend a refresh token the first already used): the one whose claim on the
 * stored installation succeeds refreshes it and saves the result, if the installation is still as
 * it was read (a reinstall or an uninstall meanwhile wins); the others use the token they have, or,
 * when it is about to expire, wait for the new one to appear in the store. Requests of one replica
 * share one refresh. No database connection is held
 * during the call to Slack, so any number of installations may refresh at once. A failed refresh
 * is warned about once, and not tried again for a minute by any replica (REFRESH_CLAIM_MS).
 */
export function installationAuthorize(options: InstallationAuthorizeOptions) {
  const { installations, refresh, logger, cache } = options;
  const now = options.now ?? Date.now;
  const secondsLeft = (installation: Installation) =>
    (installation.bot?.expiresAt ?? Number.POSITIVE_INFINITY) - now() / 1000;
  const expiring = (installation: Installation): boolean =>
    installation.bot?.refreshToken !== undefined && secondsLeft(installation) <= REFRESH_BEFORE_EXPIRY_S;
  /** Refreshes under way in this process, by installation key: requests that need one share it. */
  const refreshing = new Map<string, Promise<Installation | undefined>>();
  /**
   * Installations not to try refreshing again before a time: the refresh failed, here or on
   * another replica (whose claim then runs for a minute), or another replica holds the claim.
   */
  const notBefore = new Map<string, number>();

  /**
   * The installation with a refreshed token, or as it is when another replica refreshes it: a
   * request that needs the new token (`wait`) waits for that replica's; one in the background not.
   */
  const refreshed = (current: Installation, wait: boolean): Promise<Installation | undefined> => {
    const key = storedKeyOf(current);
    let running = refreshing.get(key);
    if (!running) {
      running = refreshOnce(key, current, wait).finally(() => refreshing.delete(key));
      refreshing.set(key, running);
    }
    return running;
  };

  const refreshOnce = async (
    key: string,
    current: Installation,
    wait: boolean,
  ): Promise<Installation | undefined> => {
    const bot = current.bot;
    if (!bot?.refreshToken || (notBefore.get(key) ?? 0) > now()) return current;
    notBefore.delete(key);
    if (!(await installations.claimRefresh(current, REFRESH_CLAIM_MS))) {
      if (wait) return awaitOthers(key, current);
      // The next request reads what the other replica stores.
      notBefore.set(key, now() + REFRESH_CLAIM_MS);
      cache?.forget(current);
      return current;
    }
    const who = describeInstallation(current);
    let result: RefreshedToken;
    try {
      result = await refresh(bot.refreshToken);
      if (!result.access_token || !result.refresh_token || !result.expires_in)
        throw new Error("oauth.v2.access answered without a token");
    } catch (error) {
      // The claim stays until it runs out: no replica tries again before.
      notBefore.set(key, now() + REFRESH_CLAIM_MS);
      const left = Math.floor(secondsLeft(current));
      logger.warn(
        `Could not refresh the bot token of ${who} (${describeSlackError(error)}); ${
          left > 0 ? `the current one is good for ${left} s more` : "it has expired"
        }; trying again in ${REFRESH_CLAIM_MS / 1000} s`,
      );
      return current;
    }
    const next: Installation = {
      ...current,
      bot: {
        ...bot,
        token: result.access_token,
        refreshToken: result.refresh_token,
        expiresAt: Math.floor(now() / 1000) + result.expires_in,
      },
    };
    const replaced = await installations.replace(current, next);
    cache?.forget(current);
    if (replaced) {
      logger.info(`Refreshed the bot token of ${who}`);
      return next;
    }
    // Reinstalled or uninstalled during the refresh: what is stored now is what counts.
    logger.info(
      `The installation in ${who} changed while its bot token was being refreshed; using the stored one`,
    );
    return installations.find(keyPartsOf(current));
  };

  /**
   * Another replica holds the claim, or the installation changed since it was read: what is
   * stored, once it differs from `current`. An unchanged installation after a while means the
   * other replica's refresh failed (or is slow): `current` is used, and no refresh is tried here
   * until the other's claim has run out.
   */
  const awaitOthers = async (key: string, current: Installation): Promise<Installation | undefined> => {
    const before = JSON.stringify(current);
    const polls = Math.ceil((options.othersRefreshWaitMs ?? 3_000) / OTHERS_REFRESH_POLL_MS);
    for (let poll = 0; poll < polls; poll++) {
      const stored = await installations.find(keyPartsOf(current));
      if (!stored || JSON.stringify(stored) !== before) {
        cache?.forget(current);
        return stored;
      }
      await new Promise((resolve) => setTimeout(resolve, OTHERS_REFRESH_POLL_MS));
    }
    notBefore.set(key, now() + REFRESH_CLAIM_MS);
    return current;
  };

  return async (source: AuthorizeSourceData<boolean>): Promise<AuthorizeResult> => {
    const query: InstallationKeyParts = {
      teamId: source.teamId,
      enterpriseId: source.enterpriseId,
      isEnterpriseInstall: source.isEnterpriseInstall,
    };
    let installation = await (cache ?? installations).find(query);
    if (installation && expiring(installation)) {
      if (secondsLeft(installation) > WAIT_FOR_REFRESH_UNDER_S) {
        // Good for a while yet: this request goes on with it.
        refreshed(installation, false).catch((error: unknown) => {
          // A store outage is reported by the store, once; the next request tries again.
          logger.debug(
            `Could not refresh the bot token of ${describeQuery(query)} in the background:`,
            error,
          );
        });
      } else installation = await refreshed(installation, true);
    }
    const bot = installation?.bot;
    if (!installation || !bot?.token) throw new Error(`the app is not installed in ${describeQuery(query)}`);
    if (secondsLeft(installation) <= 0)
      throw new Error(`the bot token of ${describeQuery(query)} has expired and could not be refreshed`);
    return {
      botToken: bot.token,
      botId: bot.id,
      botUserId: bot.userId,
      teamId: installation.team?.id ?? source.teamId,
      enterpriseId: installation.enterprise?.id ?? source.enterpriseId,
      isEnterpriseInstall: installation.isEnterpriseInstall === true,
    };
  };
}

/** While another replica refreshes a token: how often to look for the result. */
const OTHERS_REFRESH_POLL_MS = 100;

export interface CachedInstallationsOptions {
  /** How long a found installation is used without reading it again. Default 5 s. */
  readonly ttlMs?: number;
  /** At most this many installations are kept. Default 10,000. */
  readonly maxSize?: number;
  /** The clock, in milliseconds (tests pass a fake one). */
  readonly now?: () => number;
}

/** Installation records that keep what they found for a while. */
export interface InstallationCache extends InstallationRecords {
  /** Drops what is kept about this installation: the next find reads the store. */
  forget(installation: Installation): void;
}

/**
 * The store's installation records with each found installation kept for a few seconds in this
 * process: every request is authorized with one (OAuth mode), and a busy workspace would otherwise
 * read the same row for each. What this process saves, deletes or refreshes is read afresh at once;
 * what another replica does is seen within `ttlMs` (tokens stay valid for hours after a refresh;
 * an uninstall elsewhere may still be answered for those few seconds, with a token Slack refuses).
 * Installations that are not found are not kept: a new install works at once.
 */
export function cachedInstallations(
  records: InstallationRecords,
  options: CachedInstallationsOptions = {},
): InstallationCache {
  const ttlMs = options.ttlMs ?? 5_000;
  const maxSize = options.maxSize ?? 10_000;
  const now = options.now ?? Date.now;
  /** Query (its keys, best first) -> the installation found, as JSON (callers may change what they get). */
  const found = new Map<
    string,
    { readonly keys: readonly string[]; readonly data: string; readonly until: number }
  >();
  const forget = (key: string | undefined) => {
    for (const [query, entry] of found)
      if (key === undefined || entry.keys.includes(key)) found.delete(query);
  };
  return {
    async find(query) {
      const keys = installationKeys(query);
      const cacheKey = keys.join(" ");
      const entry = found.get(cacheKey);
      if (entry && entry.until > now()) return JSON.parse(entry.data) as Installation;
      found.delete(cacheKey);
      const installation = await records.find(query);
      if (installation) {
        found.set(cacheKey, { keys, data: JSON.stringify(installation), until: now() + ttlMs });
        // The oldest go first (Map order is insertion order).
        for (const oldest of found.keys()) {
          if (found.size <= maxSize) break;
          found.delete(oldest);
        }
      }
      return installation;
    },
    // Forgotten before and after the write: a find that ran meanwhile may have kept the old one.
    async save(installation) {
      forget(storedKeyOf(installation));
      await records.save(installation);
      forget(storedKeyOf(installation));
    },
    async delete(query) {
      forget(installationKey(query));
      const deleted = await records.delete(query);
      forget(installationKey(query));
      return deleted;
    },
    claimRefresh: (installation, forMs) => records.claimRefresh(installation, forMs),
    async replace(current, refreshed) {
      forget(storedKeyOf(current));
      const replaced = await records.replace(current, refreshed);
      forget(storedKeyOf(current));
      return replaced;
    },
    forget: (installation) => forget(storedKeyOf(installation)),
  };
}
