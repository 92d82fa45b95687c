import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LogLevel } from "../../src/logger.ts";
import type { MemoryEventDedupe, MemoryExplainedCodes } from "../../src/store/memory.ts";
import { type Harness, startHarness } from "../e2e/harness.ts";
import { BOT_USER_ID } from "../support/fake-slack.ts";
import { pool, problems, shuffled } from "../support/load.ts";
import { eventEnvelope, type Reply, slashCommand } from "../support/slack-requests.ts";

/**
 * A busy workspace: hundreds of signed slash commands and events, 64 in flight at a time (ten times
 * as many requests as there are connections, so that every connection is reused under load), sent to
 * the real app (HTTP mode, loopback) against the fake Slack Web API. Every one is answered (slash
 * commands in the ack body, events acked and their answers posted), none fails, no answer is posted
 * twice, nothing is logged as a problem, and what the app keeps between requests stays within its
 * stores' limits. How fast, and how much memory: `npm run bench`.
 */

const CONCURRENCY = 64;
/**
 * Commands, and events, in the batch (plus a redelivery for one event in ten). Enough that every
 * kind of question and event is sent many times over, 64 at once, for as long as it takes: more
 * would only take longer (how many the app can take, and how fast: `npm run bench`).
 */
const EVENTS = 320;

let h: Harness;
beforeAll(async () => {
  // Warnings and errors only: a healthy run logs nothing, and the log itself must not eat the heap.
  h = await startHarness({}, { logLevel: LogLevel.WARN, maxSockets: CONCURRENCY });
});
afterAll(async () => {
  await h.close();
});

/** Slash command questions of every kind the engine answers, and a word the answer must contain. */
const QUESTIONS: readonly [text: string, expected: RegExp][] = [
  ["404", /404/],
  ["429", /429/],
  ["503", /503/],
  ["418", /418/],
  ["401 vs 403", /401[\s\S]*403|403[\s\S]*401/],
  ["302 or 307?", /30[27]/],
  ["gateway timeout", /504/],
  ["payload too large", /413/],
  ["what should I return when the rate limit is hit?", /429/],
  ["the resource moved permanently", /301|308/],
  ["5xx", /5\d\d|server/i],
  ["help", /\S/],
  ["", /\S/],
  ["asdf qwerty zxcv", /\S/],
  ["authentication vs authorization", /401|403/],
];

interface Job {
  readonly send: () => Promise<Reply>;
  /** Checks the reply; throws with a reason when it is wrong. */
  readonly check: (reply: Reply) => void;
  /** Where this job's answer must be posted: one Web API call per place (events only). */
  readonly place?: string;
}

let serial = 0;

/** A batch of jobs: commands and events of every kind, interleaved, with fresh channels and ids. */
function jobs(commands: number, events: number): Job[] {
  const list: Job[] = [];
  for (let i = 0; i < commands; i++) {
    const [text, expected] = QUESTIONS[i % QUESTIONS.length] as [string, RegExp];
    list.push({
      send: () =>
        h.command(
          slashCommand({ text, responseUrl: h.slack.responseUrl(`cmd${i}`), channel: `C0LDC${i % 50}` }),
        ),
      check: (reply) => {
        const body = reply.json();
        if (body.response_type !== "ephemeral") throw new Error(`not ephemeral: ${reply.text.slice(0, 200)}`);
        if (!Array.isArray(body.blocks) || body.blocks.length === 0) throw new Error("no blocks");
        if (!expected.test(String(body.text))) throw new Error(`"${text}" answered "${body.text}"`);
      },
    });
  }
  const acked = (reply: Reply) => {
    if (reply.text !== "") throw new Error(`an event ack has a body: ${reply.text.slice(0, 200)}`);
  };
  for (let i = 0; i < events; i++) {
    const n = ++serial;
    const ts = `${1_700_000_000 + n}.000${n % 1000}`;
    let event: Record<string, unknown>;
    let place: string;
    switch (i % 5) {
      case 0:
      case 1:
        event = {
          type: "app_mention",
          user: "U0HUMAN01",
          channel: `C0LDM${n}`,
          ts,
          event_ts: ts,
          text: `<@${BOT_USER_ID}> ${QUESTIONS[n % QUESTIONS.length]?.[0] || "429"}`,
        };
        place = `chat.postMessage C0LDM${n} ${ts}`;
        break;
      case 2:
        event = {
          type: "message",
          channel_type: "channel",
          user: "U0HUMAN01",
          channel: `C0LDX${n}`,
          ts,
          event_ts: ts,
          text: `the checkout API keeps returning HTTP ${[500, 502, 503, 504, 429][n % 5]} since the deploy`,
        };
        place = `chat.postMessage C0LDX${n} ${ts}`;
        break;
      case 3:
        event = {
          type: "message",
          channel_type: "im",
          user: "U0HUMAN01",
          channel: `D0LDD${n}`,
          ts,
          event_ts: ts,
          text: "what does 409 conflict mean?",
        };
        place = `chat.postMessage D0LDD${n} ${ts}`;
        break;
      default:
        event = {
          type: "link_shared",
          channel: `C0LDL${n}`,
          is_bot_user_member: true,
          user: "U0HUMAN01",
          message_ts: ts,
          unfurl_id: `U${n}`,
          source: "conversations_history",
          links: [{ domain: "http.cat", url: `https://http.cat/${[404, 500, 418][n % 3]}` }],
          event_ts: ts,
        };
        place = `chat.unfurl C0LDL${n} ${ts}`;
    }
    const body = eventEnvelope(event, `EvLoad${n}`);
    list.push({ send: () => h.event(body), check: acked, place });
    // One event in ten is redelivered by Slack, concurrently with the rest: still one answer.
    if (n % 10 === 0) {
      list.push({ send: () => h.event(body, { headers: { "x-slack-retry-num": "1" } }), check: acked });
    }
  }
  // Commands and events mixed, and a retry sometimes ahead of its first delivery.
  return shuffled(list, serial);
}

interface Outcome {
  readonly requests: number;
  readonly wrong: string[];
  readonly places: string[];
}

/** Sends the jobs `concurrency` at a time; keeps only a summary. */
async function run(batch: readonly Job[], concurrency = CONCURRENCY): Promise<Outcome> {
  const wrong: string[] = [];
  await pool(batch, concurrency, async (job) => {
    const reply = await job.send();
    try {
      if (reply.status !== 200) throw new Error(`HTTP ${reply.status}`);
      job.check(reply);
    } catch (error) {
      if (wrong.length < 10) wrong.push((error as Error).message);
    }
  });
  await h.settle();
  return {
    requests: batch.length,
    wrong,
    places: batch.flatMap((job) => (job.place ? [job.place] : [])),
  };
}

/** Each Web API call the app made, as "method channel thread-or-message-ts". */
function placesPosted(): string[] {
  return h.slack.actions.map(
    (call) =>
      `${call.method} ${call.params.channel} ${call.params.thread_ts ?? call.params.ts ?? call.params.message_ts}`,
  );
}

describe("load", () => {
  it("hundreds of commands and events at once: all answered, each once, stores bounded", async () => {
    const batch = jobs(EVENTS, EVENTS);
    expect(batch.length).toBeGreaterThanOrEqual(10 * CONCURRENCY);
    const outcome = await run(batch);

    // Every request answered, correctly; none failed.
    expect(outcome.wrong).toEqual([]);
    // Slash commands are answered in the ack: nothing went through response_url.
    expect(h.slack.responses).toEqual([]);
    // Every event's answer posted, each exactly once, where it belongs.
    const posted = placesPosted();
    expect(posted.length).toBe(outcome.places.length);
    expect(new Set(posted).size).toBe(posted.length);
    expect(new Set(posted)).toEqual(new Set(outcome.places));
    expect(h.slack.actions.every((call) => call.authorized)).toBe(true);
    expect(problems(h.logs)).toEqual([]);
    // What the app keeps: one id per event (redeliveries add none), within the stores' limits.
    // (The harness runs the app on the in-memory store.)
    expect((h.bot.deps.events as MemoryEventDedupe).seen.size).toBe(EVENTS);
    expect((h.bot.deps.mentions as MemoryExplainedCodes).memory.size).toBeLessThanOrEqual(20_000);
    expect(h.bot.deps.replies.size).toBeLessThanOrEqual(QUESTIONS.length);
    expect((await fetch(`${h.baseUrl}/healthz`)).status).toBe(200);
  });
});
