import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { load } from "js-yaml";
import { describe, expect, it, vi } from "vitest";
import { OAUTH_REDIRECT_PATH } from "../src/app.ts";
import { DEFAULT_COMMAND } from "../src/cards/command.ts";
import { codeLookup } from "../src/engine/reading/code-lookup.ts";
import { isUnfurlDomain, statusCodeFromUrl, UNFURL_DOMAINS } from "../src/engine/reading/links.ts";
import { codesToExplain } from "../src/engine/reading/reader.ts";
import { getCatalog } from "../src/knowledge/load.ts";
import { registerListeners } from "../src/listeners/index.ts";
import { EXPLAIN_SHORTCUT } from "../src/listeners/shortcuts/explain-message.ts";
import { BOT_SCOPES } from "../src/slack/api/installations.ts";
import { slackToPlainText } from "../src/slack/messages/text.ts";
import { fakeDeps } from "./support/fakes.ts";

// Slack's app manifest schema (MIT, see test/fixtures/LICENSE-slack-manifest-schema).
const schema = JSON.parse(
  readFileSync(new URL("./fixtures/slack-manifest.schema.1.0.0.json", import.meta.url), "utf8"),
);
/** The parts of the manifest the checks read (the schema checks the rest). */
interface Manifest {
  display_information: { name: string; description?: string };
  features: {
    app_home: {
      home_tab_enabled?: boolean;
      messages_tab_enabled?: boolean;
      messages_tab_read_only_enabled?: boolean;
    };
    bot_user: { display_name: string };
    slash_commands?: { command: string; description: string; usage_hint?: string }[];
    shortcuts?: { name: string; type: string; callback_id: string; description: string }[];
    unfurl_domains?: string[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled?: boolean;
  };
}

const manifest = load(readFileSync(new URL("../manifest.yml", import.meta.url), "utf8")) as Manifest;

/** The scope each bot event needs (https://docs.slack.dev/reference/events). */
const EVENT_SCOPES: Record<string, string[]> = {
  app_mention: ["app_mentions:read"],
  link_shared: ["links:read"],
  "message.channels": ["channels:history"],
  "message.groups": ["groups:history"],
  "message.im": ["im:history"],
  "message.mpim": ["mpim:history"],
  app_home_opened: [],
  app_uninstalled: [],
  tokens_revoked: [],
};

/**
 * Slack's built-in slash commands: a manifest may not register them (Slack answers "the slash
 * command has an invalid name"), and a person typing one gets Slack's command, not the app's.
 */
const SLACK_BUILT_IN_COMMANDS = [
  "active",
  "apps",
  "away",
  "archive",
  "call",
  "close",
  "collapse",
  "dm",
  "dnd",
  "expand",
  "feed",
  "feedback",
  "invite",
  "join",
  "keys",
  "leave",
  "me",
  "msg",
  "mute",
  "open",
  "part",
  "pro",
  "remind",
  "remove",
  "rename",
  "s",
  "search",
  "shortcuts",
  "shrug",
  "star",
  "status",
  "topic",
  "who",
];

/** A slash followed by lowercase letters, digits, - and _ (Slack's rule for command names). */
const SLASH_COMMAND_RULE = /^\/[a-z0-9_-]+$/;

const events = manifest.settings.event_subscriptions.bot_events;
const scopes = manifest.oauth_config.scopes.bot;

describe("manifest.yml", () => {
  it("is valid against Slack's manifest schema", () => {
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("sets up Socket Mode, the bot user, App Home (home and messages tabs) and interactivity", () => {
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.bot_user.display_name).toBeTruthy();
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
    expect(manifest.features.app_home.messages_tab_read_only_enabled).not.toBe(true);
    expect(manifest.display_information).toMatchObject({
      name: "Status Bot",
      description: expect.any(String),
    });
  });

  it("subscribes to exactly the events the app handles", () => {
    expect([...events].sort()).toEqual(
      [
        "app_mention",
        "link_shared",
        "message.channels",
        "message.groups",
        "message.im",
        "message.mpim",
        "app_home_opened",
        "app_uninstalled",
        "tokens_revoked",
      ].sort(),
    );
    const app = { use: vi.fn(), command: vi.fn(), event: vi.fn(), action: vi.fn(), shortcut: vi.fn() };
    registerListeners(app as never, fakeDeps().deps);
    const handled = new Set(app.event.mock.calls.map((call) => String(call[0])));
    const subscribed = new Set(events.map((event) => event.split(".")[0]));
    expect([...handled].sort()).toEqual([...subscribed].sort());
  });

  it("has the scope of every subscribed event", () => {
    for (const event of events) {
      expect(EVENT_SCOPES[event], `unknown event ${event}`).toBeDefined();
      for (const scope of EVENT_SCOPES[event] ?? [])
        expect(scopes, `${event} needs ${scope}`).toContain(scope);
    }
  });

  it("uses every scope it asks for, and asks for exactly these", () => {
    const needed = new Set(events.flatMap((event) => EVENT_SCOPES[event] ?? []));
    if (manifest.features.slash_commands?.length) needed.add("commands");
    needed.add("chat:write"); // chat.postMessage, chat.update
    if (manifest.features.unfurl_domains?.length) needed.add("links:write"); // chat.unfurl
    expect([...scopes].sort()).toEqual([...needed].sort());
    expect(new Set(scopes).size).toBe(scopes.length);
    // The OAuth install asks for the same scopes.
    expect([...BOT_SCOPES].sort()).toEqual([...scopes].sort());
  });

  it("documents the OAuth redirect URL (commented: the host is the user's)", () => {
    const text = readFileSync(new URL("../manifest.yml", import.meta.url), "utf8");
    expect(text).toMatch(/^\s*# redirect_urls:\n\s*#\s+- https:\/\/\S+\/slack\/oauth_redirect$/m);
    expect(text).toContain(OAUTH_REDIRECT_PATH);
  });

  it("declares one slash command, the one help and the Home tab teach, with a description and usage hint", () => {
    const commands = manifest.features.slash_commands ?? [];
    expect(commands).toHaveLength(1);
    expect(commands[0]).toMatchObject({
      command: DEFAULT_COMMAND,
      description: expect.any(String),
      usage_hint: expect.any(String),
    });
    expect(commands[0]?.usage_hint).toMatch(/help|mute/);
  });

  it("registers only commands Slack accepts: not a built-in, lowercase letters, digits, - and _", () => {
    for (const { command } of manifest.features.slash_commands ?? []) {
      expect(command, command).toMatch(SLASH_COMMAND_RULE);
      expect(command.length, command).toBeLessThanOrEqual(32);
      expect(SLACK_BUILT_IN_COMMANDS, `${command} is one of Slack's own commands`).not.toContain(
        command.slice(1),
      );
    }
  });

  it("the built-in check and the rule catch what Slack refuses", () => {
    for (const builtIn of ["/status", "/away", "/remind", "/s"]) {
      expect(SLACK_BUILT_IN_COMMANDS).toContain(builtIn.slice(1));
    }
    for (const bad of ["/HTTPStatus", "/http status", "/http.status", "status", `/${"x".repeat(32)}`]) {
      expect(bad.length <= 32 && SLASH_COMMAND_RULE.test(bad), bad).toBe(false);
    }
    expect(SLASH_COMMAND_RULE.test("/http-status_2")).toBe(true);
  });

  it("declares the message shortcut the app handles, with a name Slack shows in full", () => {
    expect(manifest.features.shortcuts).toEqual([
      {
        name: "Explain HTTP codes",
        type: "message",
        callback_id: EXPLAIN_SHORTCUT,
        description: expect.any(String),
      },
    ]);
    for (const shortcut of manifest.features.shortcuts ?? [])
      expect(shortcut.name.length).toBeLessThanOrEqual(24);
    const app = { use: vi.fn(), command: vi.fn(), event: vi.fn(), action: vi.fn(), shortcut: vi.fn() };
    registerListeners(app as never, fakeDeps().deps);
    expect(app.shortcut.mock.calls.map((call) => call[0])).toEqual([
      { type: "message_action", callback_id: EXPLAIN_SHORTCUT },
    ]);
  });

  it("registers at most five valid unfurl domains, the ones the app unfurls", () => {
    const domains = manifest.features.unfurl_domains ?? [];
    expect(domains.length).toBeGreaterThan(0);
    expect(domains.length).toBeLessThanOrEqual(5);
    for (const domain of domains) {
      expect(domain).toMatch(/^(?![.-])[-a-z0-9.]+[a-z0-9]$/);
      expect(domain).not.toMatch(/^https?:|\/|^www\./);
      expect(domain.split(".").length).toBeGreaterThanOrEqual(2);
    }
    expect(new Set(domains).size).toBe(domains.length);
    expect(domains).toEqual([...UNFURL_DOMAINS]);
  });

  it("unfurls RFC 9110 on datatracker.ietf.org instead of the retired httpstat.us, still read in text", () => {
    const domains = manifest.features.unfurl_domains ?? [];
    expect(domains).toContain("datatracker.ietf.org");
    expect(domains).not.toContain("httpstat.us");
    expect(isUnfurlDomain("https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.4")).toBe(true);
    expect(isUnfurlDomain("https://httpstat.us/503")).toBe(false);
    const codes = codeLookup(getCatalog());
    // Read in message text (and explained in the thread), though not unfurled.
    expect(codesToExplain(slackToPlainText("down: <https://httpstat.us/503>"), codes)).toEqual([503]);
    expect(statusCodeFromUrl("https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.4", codes)).toBe(
      403,
    );
  });
});
