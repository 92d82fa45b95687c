import type {
  AuthorizeResult,
  AuthorizeSourceData,
  Installation,
  InstallationQuery,
  InstallationStore,
  Logger,
} from "@slack/bolt";
import type { InstallationKeyParts, InstallationRecords } from "../../store/store.ts";
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
 * With token rotation on, a bot token is refreshed when it has less than this left. @slack/oauth's
 * own authorize refreshes within 2 hours of expiry, unserialized; ours starts earlier, under a lock,
 * so that it is always ours that runs (see installationAuthorize).
 */
export const REFRESH_BEFORE_EXPIRY_S = 2 * 60 * 60 + 10 * 60;

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
  /** Seconds since the epoch (tests pass a fake clock). */
  readonly nowSeconds?: () => number;
}

function describeQuery(query: InstallationKeyParts): string {
  if (query.isEnterpriseInstall && query.enterpriseId) return `organization ${query.enterpriseId}`;
  return `workspace ${query.teamId ?? query.enterpriseId ?? "(unknown)"}`;
}

function describeInstallation(installation: Installation): string {
  return describeQuery({
    teamId: installation.team?.id,
    enterpriseId: installation.enterprise?.id,
    isEnterpriseInstall: installation.isEnterpriseInstall,
  });
}

/**
 * Bolt's `authorize` for many workspaces: each request is answered with the bot token of the
 * installation it comes from (its workspace's, or its organization's when installed org-wide), and
 * the bot's identity (user id, bot id) is that installation's own.
 *
 * With token rotation, a token close to expiry is refreshed first. Replicas must not both refresh
 * it (the second would spend a refresh token the first already used), so the refresh runs under
 * the store's per-installation lock (a PostgreSQL advisory lock across replicas), and re-reads the
 * installation once the lock is held: a replica that waited finds the fresh token and uses it.
 */
export function installationAuthorize(options: InstallationAuthorizeOptions) {
  const { installations, refresh, logger } = options;
  const nowSeconds = options.nowSeconds ?? (() => Math.floor(Date.now() / 1000));
  const expiring = (installation: Installation): boolean => {
    const bot = installation.bot;
    return (
      bot?.refreshToken !== undefined &&
      bot.expiresAt !== undefined &&
      bot.expiresAt - nowSeconds() <= REFRESH_BEFORE_EXPIRY_S
    );
  };

  const refreshed = (query: InstallationKeyParts): Promise<Installation | undefined> =>
    installations.exclusively(query, async () => {
      // Another replica may have refreshed while this one waited for the lock.
      const current = await installations.find(query);
      const bot = current?.bot;
      if (!current || !bot?.refreshToken || !expiring(current)) return current;
      try {
        const result = await refresh(bot.refreshToken);
        if (!result.access_token || !result.refresh_token || !result.expires_in)
          throw new Error("oauth.v2.access answered without a token");
        current.bot = {
          ...bot,
          token: result.access_token,
          refreshToken: result.refresh_token,
          expiresAt: nowSeconds() + result.expires_in,
        };
        await installations.save(current);
        logger.info(`Refreshed the bot token of ${describeQuery(query)}`);
        return current;
      } catch (error) {
        const left = (bot.expiresAt ?? 0) - nowSeconds();
        logger.warn(
          `Could not refresh the bot token of ${describeQuery(query)} (${describeSlackError(error)}); ${
            left > 0 ? `the current one is good for ${left} s more` : "it has expired"
          }`,
        );
        // Still valid: use it, and try again at the next request.
        if (left > 0) return current;
        throw error;
      }
    });

  return async (source: AuthorizeSourceData<boolean>): Promise<AuthorizeResult> => {
    const query: InstallationKeyParts = {
      teamId: source.teamId,
      enterpriseId: source.enterpriseId,
      isEnterpriseInstall: source.isEnterpriseInstall,
    };
    let installation = await installations.find(query);
    if (installation && expiring(installation)) installation = await refreshed(query);
    const bot = installation?.bot;
    if (!installation || !bot?.token) throw new Error(`the app is not installed in ${describeQuery(query)}`);
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
