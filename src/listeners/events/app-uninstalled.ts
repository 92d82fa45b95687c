import type { AllMiddlewareArgs, App } from "@slack/bolt";
import type { BotDeps } from "../deps.ts";

type UninstallArgs = { body: unknown; event: unknown } & Pick<AllMiddlewareArgs, "context" | "logger">;

interface Envelope {
  team_id?: string;
  enterprise_id?: string;
  authorizations?: { is_enterprise_install?: boolean }[];
}

/** Who the event is about: Bolt skips authorization for these events, so the envelope says. */
function installationOf(body: unknown, context: AllMiddlewareArgs["context"]) {
  const envelope = (body ?? {}) as Envelope;
  return {
    teamId: envelope.team_id ?? context.teamId,
    enterpriseId: envelope.enterprise_id ?? context.enterpriseId,
    isEnterpriseInstall: envelope.authorizations?.[0]?.is_enterprise_install ?? context.isEnterpriseInstall,
  };
}

/**
 * `app_uninstalled`, and `tokens_revoked` for the bot's token: the installation's token is no
 * good any more, so it is deleted (a later event from that workspace is not answered). With a
 * single SLACK_BOT_TOKEN there is no installation to delete: the log says that token stopped
 * working.
 */
export function appUninstalled(deps: Pick<BotDeps, "installations">) {
  return async ({ body, event, context, logger }: UninstallArgs): Promise<void> => {
    const revoked = event as { type?: string; tokens?: { bot?: unknown[] } };
    // A user's token revoked: the bot's installation is unaffected.
    if (revoked.type === "tokens_revoked" && !(revoked.tokens?.bot?.length ?? 0)) return;
    const installation = installationOf(body, context);
    const who = installation.teamId ?? installation.enterpriseId ?? "(unknown)";
    const what = revoked.type === "app_uninstalled" ? "Uninstalled from" : "Bot token revoked in";
    try {
      if (await deps.installations.delete(installation))
        logger.info(`${what} ${who}: its installation is deleted`);
      else
        logger.warn(
          `${what} ${who}, which has no stored installation: if that is SLACK_BOT_TOKEN's workspace, the token no longer works (install the app again and set the new one)`,
        );
    } catch (error) {
      // The store reports an outage itself; Slack does not redeliver an acknowledged event.
      logger.warn(`Could not delete the installation of ${who} (${String(error)})`);
    }
  };
}

export function register(app: App, deps: BotDeps): void {
  const listener = appUninstalled(deps);
  app.event("app_uninstalled", listener);
  app.event("tokens_revoked", listener);
}
