import type { ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { Agent } from "node:http";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { appFolder, httpPortOf, spawnApp } from "../support/built-app.ts";
import { BOT_USER_ID, FakeSlack } from "../support/fake-slack.ts";
import { pool } from "../support/load.ts";
import { eventEnvelope, FORM, JSON_TYPE, type Reply, send, slashCommand } from "../support/slack-requests.ts";

/**
 * The app as it runs in production: built with tsc (once per run, test/support/app-build.ts),
 * started with `node dist/index.js` in HTTP mode against the fake Slack, then sent SIGTERM in the middle of a load. The answers being worked on
 * are finished (or, when Slack hangs, dropped after the grace period, saying so); requests that
 * arrive after the signal are refused at the connection (Slack retries them); nothing is answered
 * with a 5xx, nothing posted twice, and the process exits 0 (by itself: a stop that hung would
 * outlast the test).
 */

const SECRET = "8f742231b10e8888abcd99aa85a5c1f0";

let folder: string;
let slack: FakeSlack;
let app: ChildProcess | undefined;

beforeAll(async () => {
  // The run's build (dist/ beside data/ and node_modules/: what the Docker image has, without the
  // install), started in a folder of this file's own.
  folder = await appFolder("status-bot-signals-");
  slack = await new FakeSlack().start();
}, 150_000);

afterAll(async () => {
  await slack?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

beforeEach(() => {
  slack.reset();
});
afterEach(() => {
  if (app && app.exitCode === null && app.signalCode === null) app.kill("SIGKILL");
});

interface Running {
  readonly child: ChildProcess;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly output: () => string;
  readonly port: number;
}

async function launch(): Promise<Running> {
  const started = spawnApp(["dist/index.js"], folder, {
    PATH: process.env.PATH ?? "",
    HOME: folder,
    NODE_ENV: "production",
    SLACK_BOT_TOKEN: "xoxb-1111-2222-signalsTestToken",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: "0",
    LOG_LEVEL: "info",
  });
  const { child, output } = started;
  app = child;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, output, port: await httpPortOf(started) };
}

type Outcome = { reply: Reply } | { refused: string };

function sender(port: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  const url = `http://127.0.0.1:${port}/slack/events`;
  const go = async (body: string, contentType: string): Promise<Outcome> => {
    try {
      return { reply: await send(url, body, { secret: SECRET, contentType, agent }) };
    } catch (error) {
      return { refused: (error as NodeJS.ErrnoException).code ?? String(error) };
    }
  };
  return {
    agent,
    mention: (channel: string) =>
      go(
        eventEnvelope({
          type: "app_mention",
          user: "U0HUMAN01",
          channel,
          ts: "1.1",
          event_ts: "1.1",
          text: `<@${BOT_USER_ID}> 503?`,
        }),
        JSON_TYPE,
      ),
    command: () => go(slashCommand({ text: "429", responseUrl: slack.responseUrl() }), FORM),
  };
}

const problemLines = (output: string) => output.split("\n").filter((line) => / ERROR /.test(line));

describe("SIGTERM", () => {
  it("during a load: answers in flight are finished, later requests refused, exit 0 within seconds", async () => {
    // Slack takes a while to answer each post, so that there is always work in flight.
    slack.failAlways("chat.postMessage", { delayMs: 300 });
    const running = await launch();
    const { agent, mention, command } = sender(running.port);
    const jobs = Array.from({ length: 600 }, (_, i) => ({ i, channel: `C0SIG${i}` }));
    let answered = 0;
    const outcomes = await pool(jobs, 32, async ({ i, channel }) => {
      const outcome = i % 2 === 0 ? await mention(channel) : await command();
      if (++answered === 150) running.child.kill("SIGTERM");
      return { i, channel, outcome };
    });
    agent.destroy();
    const exit = await running.exited;

    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(running.output()).toContain("SIGTERM received; stopping");
    // Nothing in flight was dropped.
    expect(running.output()).not.toContain("still being answered");
    expect(running.output()).toContain("Stopped");
    expect(problemLines(running.output())).toEqual([]);
    expect(running.output()).not.toContain("signalsTestToken");

    const replies = outcomes.flatMap(({ i, channel, outcome }) =>
      "reply" in outcome ? [{ i, channel, ...outcome.reply }] : [],
    );
    const refused = outcomes.filter(({ outcome }) => "refused" in outcome);
    // Some before the signal, some after: both kinds were seen.
    expect(replies.length).toBeGreaterThanOrEqual(150);
    expect(refused.length).toBeGreaterThan(0);
    // Refused at the connection (Slack retries those), never with a server error.
    for (const { status } of replies) expect(status).toBe(200);
    for (const { outcome } of refused)
      expect(["ECONNREFUSED", "ECONNRESET"]).toContain((outcome as { refused: string }).refused);
    // Every acknowledged mention was answered, once: the work in flight was finished, not dropped.
    const acknowledged = replies.filter(({ i }) => i % 2 === 0).map(({ channel }) => channel);
    const posted = slack.callsTo("chat.postMessage").map((call) => String(call.params.channel));
    expect(new Set(posted).size).toBe(posted.length);
    expect(new Set(posted)).toEqual(new Set(acknowledged));
    // Every acknowledged command carried its answer.
    for (const reply of replies.filter(({ i }) => i % 2 === 1)) {
      expect(reply.json()).toMatchObject({ response_type: "ephemeral" });
    }
  }, 180_000);

  it("twice, quickly: the second is ignored and the stop still ends with exit 0", async () => {
    slack.failAlways("chat.postMessage", { delayMs: 500 });
    const running = await launch();
    const { agent, mention } = sender(running.port);
    await pool(["C0TWICE1", "C0TWICE2", "C0TWICE3"], 3, mention);
    running.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 50));
    running.child.kill("SIGTERM");
    agent.destroy();
    expect(await running.exited).toMatchObject({ code: 0, signal: null });
    expect(running.output()).toContain("SIGTERM received again; still stopping");
    // The answers that were being posted when the signals came were finished.
    expect(slack.callsTo("chat.postMessage")).toHaveLength(3);
    expect(slack.heldBack).toBe(0);
  }, 180_000);

  it("while Slack hangs: the answers are dropped after the grace period, said so, and the exit is 0", async () => {
    slack.failAlways("chat.postMessage", { hold: true });
    const running = await launch();
    const { agent, mention } = sender(running.port);
    const outcomes = await pool(["C0HANG1", "C0HANG2", "C0HANG3", "C0HANG4"], 4, mention);
    for (const outcome of outcomes) expect(outcome).toMatchObject({ reply: { status: 200 } });
    running.child.kill("SIGTERM");
    agent.destroy();
    const exit = await running.exited;
    expect(exit).toMatchObject({ code: 0, signal: null });
    // Slack still holds every post: the stop did not wait for them past its grace (5 s by default).
    expect(slack.heldBack).toBe(4);
    slack.heal();
    slack.release();
    expect(running.output()).toMatch(
      /4 request\(s\) still being answered after 5000 ms; their answers are dropped/,
    );
    expect(running.output()).toContain("Stopped");
    expect(running.output()).not.toContain("Could not stop within");
    expect(problemLines(running.output())).toEqual([]);
  }, 180_000);
});
