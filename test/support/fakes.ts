import { vi } from "vitest";
import type { Card, HomeView, RenderOptions } from "../../src/cards/index.ts";
import type { Answer } from "../../src/engine/types.ts";
import { type BotDeps, createBotDeps } from "../../src/listeners/deps.ts";
import { fakeCodes } from "./codes.ts";

/** A logger that keeps its lines. */
export function fakeLogger() {
  const lines: string[] = [];
  const log =
    (level: string) =>
    (...msg: unknown[]) =>
      lines.push(`${level} ${msg.map((m) => (m instanceof Error ? m.message : String(m))).join(" ")}`);
  return {
    lines,
    debug: log("debug"),
    info: log("info"),
    warn: log("warn"),
    error: log("error"),
    setLevel() {},
    getLevel: () => "debug" as never,
    setName() {},
  };
}

export type FakeLogger = ReturnType<typeof fakeLogger>;

const ok = (extra: Record<string, unknown> = {}) => vi.fn().mockResolvedValue({ ok: true, ...extra });

/** The Web API methods the listeners call, as mocks that succeed. */
export function fakeClient() {
  return {
    chat: {
      postMessage: ok({ ts: "9.9" }),
      postEphemeral: ok(),
      update: ok(),
      unfurl: ok(),
      delete: ok(),
    },
    views: { publish: ok(), open: ok(), update: ok() },
  };
}

export type FakeClient = ReturnType<typeof fakeClient>;

export function platformError(error: string) {
  return Object.assign(new Error(`An API error occurred: ${error}`), {
    code: "slack_webapi_platform_error",
    data: { ok: false, error },
  });
}

/** A predictable engine: numbers in the query are the codes; "help" and "" are help; "boom" throws. */
export function fakeAnswer(query: string): Answer {
  if (query.includes("boom")) throw new Error("engine exploded");
  const numbers = [...query.matchAll(/\b[1-5]\d\d\b/g)].map((m) => Number(m[0]));
  const intent =
    query.trim() === "" || query.trim() === "help" ? "help" : numbers.length > 1 ? "compare" : "code";
  return {
    query,
    intent,
    codes: numbers.map((code) => ({ code, entryId: String(code) })),
    suggestions: [],
    problems: [],
  };
}

function describeAnswer(answer: Answer): string {
  return `${answer.intent}:${answer.codes.map((c) => c.code).join(",")}`;
}

/** Deps with a fake engine and fake cards whose output says what they were asked. */
export function fakeDeps(overrides: Partial<BotDeps> = {}) {
  const engine = {
    answer: vi.fn(fakeAnswer),
    answerForEntry: vi.fn((entryId: string) => (entryId === "missing" ? undefined : fakeAnswer(entryId))),
    answerForPair: vi.fn((a: number, b: number) => fakeAnswer(`${a} vs ${b}`)),
  };
  const cards = {
    renderAnswer: vi.fn(
      (answer: Answer, options: RenderOptions = {}): Card => ({
        text: `card ${describeAnswer(answer)} shareable=${options.shareable ?? true} by=${options.sharedBy ?? "-"}`,
        blocks: [{ type: "section", text: { type: "mrkdwn", text: `card ${describeAnswer(answer)}` } }],
      }),
    ),
    renderCompact: vi.fn(
      (answer: Answer): Card => ({
        text: `compact ${describeAnswer(answer)}`,
        blocks: [{ type: "section", text: { type: "mrkdwn", text: `compact ${describeAnswer(answer)}` } }],
      }),
    ),
    renderHome: vi.fn(
      (selected?: number): HomeView => ({
        type: "home",
        blocks: [{ type: "section", text: { type: "mrkdwn", text: `home ${selected ?? "-"}` } }],
      }),
    ),
  };
  const codes = fakeCodes();
  const deps = createBotDeps({ engine, cards, codes: () => codes, maxRateLimitWaitMs: 0, ...overrides });
  return { deps, engine, cards };
}

export const BOT = { botUserId: "UBOT", botId: "BBOT", isEnterpriseInstall: false };

/**
 * Whether the deps' store would explain `code` in this thread now (the claim is undone: nothing
 * changes). Listener tests run without a team id, so the workspace is "".
 */
export async function canExplain(
  deps: { mentions: { claim: BotDeps["mentions"]["claim"]; release: BotDeps["mentions"]["release"] } },
  channel: string,
  threadTs: string,
  code: number,
): Promise<boolean> {
  const thread = { workspace: "", channel, threadTs };
  const claimed = await deps.mentions.claim(thread, [code]);
  await deps.mentions.release(thread, claimed);
  return claimed.length > 0;
}
