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
    deleteInstallation: (query: InstallationQuery<boolean>) => records.delete(query),
  };
}

/** A refreshed bot token, as oauth.v2.access (grant_type=refresh_token) returns it. */
export interface RefreshedToken {
  readonly access_token?: string;
  readonly refresh_token?: string;
  readonly expires_in?: number;
}

export interface InstallationAuthorizeOptions {
  readonly installations: InstallationRecords;
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
 * it was read (a reinstall or an uninstall meanwhile wins); the others wait for the new token to
 * appear in the store. Requests of one replica share one refresh. No database connection is held
 * during the call to Slack, so any number of installations may refresh at once. A failed refresh
 * is warned about once, and not tried again for a minute by any replica (REFRESH_CLAIM_MS).
 */
export function installationAuthorize(options: InstallationAuthorizeOptions) {
  const { installations, refresh, logger } = options;
  const now = options.now ?? Date.now;
  const secondsLeft = (installation: Installation) =>
    (installation.bot?.expiresAt ?? Number.POSITIVE_INFINITY) - now() / 1000;
  const expiring = (installation: Installation): boolean =>
    installation.bot?.refreshToken !== undefined && secondsLeft(installation) <= REFRESH_BEFORE_EXPIRY_S;
  /** Refreshes under way in this process, by installation key: requests that need one share it. */
  const refreshing = new Map<string, Promise<Installation | undefined>>();
  /** Installations whose refresh failed (here or elsewhere) lately: until when not to try again. */
  const failedUntil = new Map<string, number>();

  const refreshed = (current: Installation): Promise<Installation | undefined> => {
    const key = storedKeyOf(current);
    let running = refreshing.get(key);
    if (!running) {
      running = refreshOnce(key, current).finally(() => refreshing.delete(key));
      refreshing.set(key, running);
    }
    return running;
  };

  const refreshOnce = async (key: string, current: Installation): Promise<Installation | undefined> => {
    const bot = current.bot;
    if (!bot?.refreshToken || (failedUntil.get(key) ?? 0) > now()) return current;
    failedUntil.delete(key);
    if (!(await installations.claimRefresh(current, REFRESH_CLAIM_MS))) return awaitOthers(key, current);
    const who = describeInstallation(current);
    let result: RefreshedToken;
    try {
      result = await refresh(bot.refreshToken);
      if (!result.access_token || !result.refresh_token || !result.expires_in)
        throw new Error("oauth.v2.access answered without a token");
    } catch (error) {
      // The claim stays until it runs out: no replica tries again before.
      failedUntil.set(key, now() + REFRESH_CLAIM_MS);
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
    if (await installations.replace(current, next)) {
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
      if (!stored || JSON.stringify(stored) !== before) return stored;
      await new Promise((resolve) => setTimeout(resolve, OTHERS_REFRESH_POLL_MS));
    }
    failedUntil.set(key, now() + REFRESH_CLAIM_MS);
    return current;
  };

  return async (source: AuthorizeSourceData<boolean>): Promise<AuthorizeResult> => {
    const query: InstallationKeyParts = {
      teamId: source.teamId,
      enterpriseId: source.enterpriseId,
      isEnterpriseInstall: source.isEnterpriseInstall,
    };
    let installation = await installations.find(query);
    if (installation && expiring(installation)) installation = await refreshed(installation);
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
