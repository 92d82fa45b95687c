import { request } from "node:http";
import { connect } from "node:net";
import { parse as parseQuery } from "node:querystring";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/cards/actions.ts";
import { LogLevel } from "../../src/logger.ts";
import { SLACK_BODY_LIMIT } from "../../src/slack/http/request-guard.ts";
import { type Harness, harnessForFile, SIGNING_SECRET } from "../e2e/harness.ts";
import { BOT_USER_ID } from "../support/fake-slack.ts";
import {
  buttonClick,
  eventEnvelope,
  FORM,
  interaction,
  JSON_TYPE,
  type Reply,
  type SendOptions,
  signature,
  slashCommand,
} from "../support/slack-requests.ts";

/**
 * Bad input at the HTTP endpoint: malformed bodies, wrong content types, bodies beyond the limit,
 * payload types nobody knows, and signed events with fields missing or of the wrong type. Each gets
 * a clear 4xx or a silent 200, never a 5xx, never a hang, never a crash, never a post; the server
 * answers /healthz afterwards. Signed requests are the interesting ones: only they get past the
 * signature check to Bolt and the listeners.
 */

/**
 * Runs per property: kept short for `npm test` (each run picks new inputs, so the runs add up over
 * time); FUZZ_SCALE=50 (say) fuzzes 50 times as long.
 */
const runs = (n: number) => Math.max(1, Math.round(n * Number(process.env.FUZZ_SCALE ?? 1)));

let h: Harness;
harnessForFile(
  (started) => {
    h = started;
  },
  { logLevel: LogLevel.INFO },
);
afterEach(() => {
  // Bad input is warned about; nothing ever fails inside the app (no "error escaped", no listener error).
  expect(h.logs.filter((line) => / ERROR /.test(line))).toEqual([]);
});

/** Every request must be answered: one left hanging fails its test by the test's timeout. */
const post = (body: string, options: Partial<SendOptions> = {}): Promise<Reply> => h.raw(body, options);

/** After a request: nothing reached Slack, by the Web API or a response_url. */
async function nothingPosted(): Promise<void> {
  await h.settle();
  expect(h.slack.actions).toEqual([]);
  expect(h.slack.responses).toEqual([]);
}

let serial = 0;
const next = () => ++serial;

/** Complete, valid requests of each kind (each answered when sent as is). */
const validBodies = {
  mention: () =>
    eventEnvelope(
      {
        type: "app_mention",
        user: "U0HUMAN01",
        channel: `C0FZ${next()}`,
        ts: "1.1",
        event_ts: "1.1",
        text: `<@${BOT_USER_ID}> 404?`,
      },
      `EvFz${next()}`,
    ),
  command: () => slashCommand({ text: "404", responseUrl: h.slack.responseUrl() }),
  click: () =>
    interaction(
      buttonClick({
        actionId: ACTIONS.share,
        value: "code:404",
        container: { type: "message", message_ts: "1.1", channel_id: "C0FZCLICK", is_ephemeral: true },
        channel: "C0FZCLICK",
        responseUrl: h.slack.responseUrl("fz"),
      }),
    ),
};

const hex = (length: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: length, maxLength: length });

const printable = fc.string({
  unit: fc.constantFrom(..." !\"#$%&'()*+,-./0123456789:;<=>?@AZaz[\\]^_`{|}~"),
});

describe("unsigned requests", () => {
  it("of any body, content type and signature are refused with a 4xx and reach nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 2_000 }),
          fc.json(),
          fc.constantFrom(...Object.values(validBodies)).map((make) => make()),
        ),
        fc.constantFrom(JSON_TYPE, FORM, "text/plain", "application/xml", "multipart/form-data; boundary=x"),
        fc.oneof(
          fc.constant(null),
          hex(64).map((digits) => `v0=${digits}`),
          printable,
        ),
        async (body, contentType, sig) => {
          const reply = await post(body, { contentType, signature: sig });
          // Slack's SSL check is the one request that is answered unsigned (with nothing).
          const sslCheck = contentType === FORM && parseQuery(body).ssl_check === "1";
          if (sslCheck) expect(reply.status).toBe(200);
          else expect([400, 401, 415]).toContain(reply.status);
        },
      ),
      { numRuns: runs(60) },
    );
    await nothingPosted();
  });

  it("signed with the wrong secret, or too old, are 401", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.values(validBodies)),
        fc.oneof(
          fc.record({ secret: hex(32) }),
          fc.record({ timestamp: fc.integer({ min: 0, max: Math.floor(Date.now() / 1000) - 301 }) }),
        ),
        async (make, twist) => {
          const body = make();
          const contentType = body.startsWith("{") ? JSON_TYPE : FORM;
          const reply = await post(body, { contentType, ...twist });
          expect(reply.status).toBe(401);
        },
      ),
      { numRuns: runs(30) },
    );
    await nothingPosted();
  });
});

describe("signed malformed bodies", () => {
  const truncated = fc
    .tuple(fc.constantFrom(...Object.values(validBodies)), fc.double({ min: 0, max: 0.999, noNaN: true }))
    .map(([make, cut]) => {
      const body = make();
      return body.slice(0, Math.floor(body.length * cut));
    });

  it("as JSON: malformed, truncated or not an object: 400 or a silent 200", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 2_000 }),
          fc.jsonValue().map((value) => JSON.stringify(value) ?? "null"),
          fc.constantFrom("null", " null\n", "[]", "1", '"x"', "true", "{}", "{", "}", ""),
          truncated,
        ),
        async (body) => {
          const reply = await post(body, { contentType: JSON_TYPE });
          expect([200, 400]).toContain(reply.status);
          if (reply.status === 200) expect(reply.text).toBe("");
        },
      ),
      { numRuns: runs(100) },
    );
    await nothingPosted();
  });

  it("as a form: any fields, any payload: 400, a silent 200, or (a command) the answer in the ack", async () => {
    const payload = fc.oneof(
      fc.string({ maxLength: 500 }),
      fc.jsonValue().map((value) => JSON.stringify(value) ?? "null"),
      fc.constantFrom(
        "null",
        "[]",
        "{}",
        "1",
        '{"type":"block_actions"}',
        '{"type":"block_actions","actions":null}',
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.dictionary(printable, fc.string({ maxLength: 100 }), { maxKeys: 6 }),
          payload.map((value) => ({ payload: value })),
          truncated.map((body) => Object.fromEntries(new URLSearchParams(body))),
        ),
        async (fields) => {
          const reply = await post(new URLSearchParams(fields).toString(), { contentType: FORM });
          expect([200, 400]).toContain(reply.status);
          // What is left of a slash command may still be one: then it is answered, in the ack.
          if (reply.status === 200 && reply.text !== "") {
            expect((fields as Record<string, string>).command).toBe("/httpstatus");
            expect(reply.json()).toMatchObject({ response_type: "ephemeral" });
          }
        },
      ),
      { numRuns: runs(100) },
    );
    await nothingPosted();
  });

  it("raw bytes that are not HTTP at all get 400 from the server, which carries on", async () => {
    for (const garbage of [
      "\x00\x01\x02\r\n\r\n",
      "GET\r\n\r\n",
      "POST /slack/events HTTP/9.9\r\nx\r\n\r\n",
    ]) {
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(new URL(h.baseUrl).port), "127.0.0.1", () => socket.end(garbage));
        let text = "";
        socket.on("data", (chunk) => {
          text += chunk.toString();
        });
        socket.on("close", () => resolve(text));
        socket.on("error", reject);
      });
      expect(answer).toMatch(/^HTTP\/1\.1 4\d\d/);
    }
  });
});

describe("wrong content types", () => {
  it("a valid, signed request labelled with a type Slack never sends is 415 and does nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.values(validBodies)),
        fc.constantFrom(
          "text/plain",
          "text/plain; charset=utf-8",
          "application/xml",
          "application/octet-stream",
          "multipart/form-data; boundary=x",
          "application/javascript",
          "application/jsonx",
          "x",
        ),
        async (make, contentType) => {
          const reply = await post(make(), { contentType });
          expect(reply.status).toBe(415);
        },
      ),
      { numRuns: runs(20) },
    );
    await nothingPosted();
  });

  it("a JSON event sent as a form, or a form sent as JSON, is 400 or a silent 200", async () => {
    for (const [body, contentType] of [
      [validBodies.mention(), FORM],
      [validBodies.command(), JSON_TYPE],
      [validBodies.click(), JSON_TYPE],
      [validBodies.mention(), `${FORM}; charset=utf-8`],
    ] as const) {
      const reply = await post(body, { contentType });
      expect([200, 400]).toContain(reply.status);
      if (reply.status === 200) expect(reply.text).toBe("");
    }
    await nothingPosted();
  });
});

/** Streams a body of `size` bytes (chunked, with no Content-Length unless asked) and returns the status. */
function postLarge(size: number, { signed, declareLength }: { signed: boolean; declareLength: boolean }) {
  const chunk = Buffer.alloc(64 * 1024, "a");
  const timestamp = Math.floor(Date.now() / 1000);
  return new Promise<number>((resolve, reject) => {
    const req = request(`${h.baseUrl}/slack/events`, {
      method: "POST",
      headers: {
        "content-type": JSON_TYPE,
        "x-slack-request-timestamp": String(timestamp),
        // A signature over some other body: the size is refused before the signature is checked.
        "x-slack-signature": signed ? signature(SIGNING_SECRET, timestamp, "x") : "v0=00",
        ...(declareLength ? { "content-length": String(size) } : {}),
      },
    });
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    // The server may answer and close before the whole body is sent.
    req.on("error", (error: NodeJS.ErrnoException) =>
      error.code === "EPIPE" || error.code === "ECONNRESET" ? resolve(-1) : reject(error),
    );
    let sent = 0;
    const write = () => {
      while (sent < size) {
        const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += part.length;
        if (!req.write(part)) {
          req.once("drain", write);
          return;
        }
      }
      req.end();
    };
    write();
  });
}

describe("huge bodies", () => {
  it.each([
    ["declared beyond the limit", SLACK_BODY_LIMIT + 1, true, true],
    ["declared at 16 MB, unsigned", 16 * 1024 * 1024, false, true],
    ["streamed (chunked) beyond the limit", SLACK_BODY_LIMIT + 64 * 1024, true, false],
  ])("%s: 413", async (_name, size, signed, declareLength) => {
    const status = await postLarge(size, { signed, declareLength });
    expect(status).toBe(413);
    await nothingPosted();
  });

  it("just under the limit, signed, is read and acknowledged without a post", async () => {
    const filler = "a".repeat(SLACK_BODY_LIMIT - 200);
    const reply = await post(JSON.stringify({ type: "something_new", filler }));
    expect(reply.status).toBe(200);
    await nothingPosted();
  });

  it("an @-mention with Slack's longest text (40,000 characters) is answered once", async () => {
    const text = `<@${BOT_USER_ID}> ${"why do I get HTTP 503 from the gateway? ".repeat(1_000)}`.slice(
      0,
      40_000,
    );
    const channel = `C0FZLONG${next()}`;
    const reply = await post(
      eventEnvelope({ type: "app_mention", user: "U0HUMAN01", channel, ts: "9.1", event_ts: "9.1", text }),
    );
    expect(reply.status).toBe(200);
    await h.settle();
    expect(h.slack.callsTo("chat.postMessage")).toHaveLength(1);
  });
});

describe("unknown payload types", () => {
  const known = new Set(["app_mention", "message", "link_shared", "app_home_opened"]);
  const unknownType = fc.string({ minLength: 1, maxLength: 40 }).filter((type) => !known.has(type));

  it("an event nobody handles, an unknown body type or interactivity type: a silent 200", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc
            .tuple(unknownType, fc.dictionary(printable, fc.jsonValue(), { maxKeys: 4 }))
            .map(([type, extra]) => ({
              body: eventEnvelope({ ...extra, type, channel: "C0FZUNK", user: "U0HUMAN01", ts: "1.1" }),
              contentType: JSON_TYPE,
            })),
          fc
            .tuple(unknownType, fc.dictionary(printable, fc.jsonValue(), { maxKeys: 4 }))
            .map(([type, extra]) => ({ body: JSON.stringify({ ...extra, type }), contentType: JSON_TYPE })),
          unknownType.map((type) => ({
            body: interaction({ type, user: { id: "U0HUMAN01" }, team: { id: "T1" } }),
            contentType: FORM,
          })),
        ),
        async ({ body, contentType }) => {
          const reply = await post(body, { contentType });
          expect(reply.status).toBe(200);
          expect(reply.text).toBe("");
        },
      ),
      { numRuns: runs(75) },
    );
    await nothingPosted();
  });
});

// ---------------------------------------------------------------------------------------------
// Signed requests with fields missing or of the wrong type.

/**
 * What a field is to the answer: `required` (no answer without it), `read` (the answer reads it
 * when it is there: of the wrong type, there must be no answer), or `ignored`.
 */
type Need = "required" | "read" | "ignored";
/** The JSON type Slack sends a field as. */
type Kind = "string" | "number" | "object" | "array";

interface Template {
  readonly name: string;
  /** A fresh, complete request body (JSON object; commands are sent as a form). */
  readonly build: () => Record<string, unknown>;
  readonly fields: Record<string, readonly [Need, Kind]>;
  readonly form?: boolean;
}

const envelopeFields: Template["fields"] = {
  type: ["ignored", "string"],
  token: ["ignored", "string"],
  team_id: ["ignored", "string"],
  api_app_id: ["ignored", "string"],
  event_id: ["ignored", "string"],
  event_time: ["ignored", "number"],
  authorizations: ["ignored", "array"],
  event: ["required", "object"],
  "event.type": ["required", "string"],
  "event.event_ts": ["ignored", "string"],
  "event.thread_ts": ["read", "string"],
};

const envelope = (event: Record<string, unknown>) =>
  JSON.parse(eventEnvelope(event, `EvFz${next()}`)) as Record<string, unknown>;

const TEMPLATES: readonly Template[] = [
  {
    name: "app_mention",
    build: () =>
      envelope({
        type: "app_mention",
        user: "U0HUMAN01",
        channel: `C0FZM${next()}`,
        ts: "1.1",
        event_ts: "1.1",
        text: `<@${BOT_USER_ID}> 404?`,
      }),
    fields: {
      ...envelopeFields,
      "event.user": ["read", "string"],
      "event.channel": ["required", "string"],
      "event.ts": ["required", "string"],
      "event.text": ["required", "string"],
    },
  },
  {
    name: "a code in a message",
    build: () =>
      envelope({
        type: "message",
        channel_type: "channel",
        user: "U0HUMAN01",
        channel: `C0FZX${next()}`,
        ts: "2.1",
        event_ts: "2.1",
        text: "HTTP 503 from the gateway",
      }),
    fields: {
      ...envelopeFields,
      "event.user": ["required", "string"],
      "event.channel": ["required", "string"],
      "event.channel_type": ["read", "string"],
      "event.ts": ["required", "string"],
      "event.text": ["required", "string"],
    },
  },
  {
    name: "link_shared",
    build: () =>
      envelope({
        type: "link_shared",
        channel: `C0FZL${next()}`,
        user: "U0HUMAN01",
        message_ts: "3.1",
        unfurl_id: `U0FZ${next()}`,
        source: "conversations_history",
        links: [{ domain: "http.cat", url: "https://http.cat/404" }],
        event_ts: "3.2",
      }),
    fields: {
      ...envelopeFields,
      "event.channel": ["required", "string"],
      "event.user": ["read", "string"],
      "event.links": ["required", "array"],
      "event.links.0": ["required", "object"],
      "event.links.0.url": ["required", "string"],
      "event.source": ["read", "string"],
    },
  },
  {
    name: "app_home_opened",
    build: () => envelope({ type: "app_home_opened", user: `U0FZ${next()}`, tab: "home", event_ts: "4.1" }),
    fields: {
      ...envelopeFields,
      "event.user": ["required", "string"],
      "event.tab": ["required", "string"],
    },
  },
  {
    name: "Share in channel",
    build: () =>
      buttonClick({
        actionId: ACTIONS.share,
        value: "code:404",
        container: { type: "message", message_ts: "5.1", channel_id: `C0FZS${next()}`, is_ephemeral: true },
        responseUrl: h.slack.responseUrl("share"),
      }),
    fields: {
      type: ["required", "string"],
      user: ["required", "object"],
      "user.id": ["required", "string"],
      team: ["ignored", "object"],
      // Without a channel, the card is shared through the response_url (where the bot is no member).
      container: ["read", "object"],
      "container.channel_id": ["read", "string"],
      "container.message_ts": ["ignored", "string"],
      response_url: ["read", "string"],
      trigger_id: ["ignored", "string"],
      actions: ["required", "array"],
      "actions.0": ["required", "object"],
      "actions.0.action_id": ["required", "string"],
      "actions.0.value": ["required", "string"],
    },
    form: true,
  },
];

type Mutation = { path: string; op: "delete" } | { path: string; op: "set"; value: unknown };

const wrongValues = fc.constantFrom<unknown>(null, "", 0, 42, true, {}, [], ["x"], { id: 1 });

function mutate(body: Record<string, unknown>, mutation: Mutation): void {
  const keys = mutation.path.split(".");
  const last = keys.pop() as string;
  let target: unknown = body;
  for (const key of keys) {
    if (typeof target !== "object" || target === null) return;
    target = (target as Record<string, unknown>)[key];
  }
  if (typeof target !== "object" || target === null) return;
  if (mutation.op === "delete") delete (target as Record<string, unknown>)[last];
  // A copy: the generated values are shared between cases (and a path may land inside one).
  else (target as Record<string, unknown>)[last] = structuredClone(mutation.value);
}

const kindOf = (value: unknown): string =>
  Array.isArray(value) ? "array" : value === null ? "null" : typeof value;

/** The value at a dotted path of a body, and whether it is there at all. */
function valueAt(body: unknown, path: string): { present: boolean; value?: unknown } {
  let value: unknown = body;
  for (const key of path.split(".")) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return { present: false };
    value = (value as Record<string, unknown>)[key];
  }
  return { present: true, value };
}

/**
 * May the request, as it is after the mutations, still be answered: does it have what its answer
 * needs, and is what the answer reads of the type Slack sends? Written from Slack's payloads, not
 * from the app's checks.
 */
function stillAnswerable(template: Template, body: Record<string, unknown>): boolean {
  return Object.entries(template.fields).every(([path, [need, kind]]) => {
    if (need === "ignored") return true;
    const { present, value } = valueAt(body, path);
    if (!present || value === null || value === "") return need === "read";
    return kindOf(value) === kind;
  });
}

describe("signed requests with fields missing or of the wrong type", () => {
  it("are acknowledged (200), never fail inside, and never post unless still complete", async () => {
    const cases = fc.constantFrom(...TEMPLATES).chain((template) =>
      fc.record({
        template: fc.constant(template),
        mutations: fc.array(
          fc.oneof(
            fc
              .constantFrom(...Object.keys(template.fields))
              .map((path): Mutation => ({ path, op: "delete" })),
            fc
              .tuple(fc.constantFrom(...Object.keys(template.fields)), wrongValues)
              .map(([path, value]): Mutation => ({ path, op: "set", value })),
          ),
          { minLength: 1, maxLength: 3 },
        ),
      }),
    );
    let complete = 0;
    let broken = 0;
    await fc.assert(
      fc.asyncProperty(cases, async ({ template, mutations }) => {
        h.slack.reset();
        const body = template.build();
        for (const mutation of mutations) mutate(body, mutation);
        const reply = template.form
          ? await post(interaction(body), { contentType: FORM })
          : await post(JSON.stringify(body), { contentType: JSON_TYPE });
        expect(reply.status).toBe(200);
        expect(reply.text).toBe("");
        await h.settle();
        const calls = h.slack.actions;
        const shared = h.slack.responses.filter((response) => response.body.response_type === "in_channel");
        if (stillAnswerable(template, body)) {
          complete++;
          expect(calls.length + shared.length).toBeLessThanOrEqual(1);
        } else {
          broken++;
          expect(calls).toEqual([]);
          expect(shared).toEqual([]);
        }
      }),
      { numRuns: runs(150) },
    );
    // Both sides were exercised.
    expect(complete).toBeGreaterThan(runs(10));
    expect(broken).toBeGreaterThan(runs(50));
  });

  it("slash commands with fields missing, repeated or empty: an answer in the ack or a silent 200", async () => {
    const fields = [
      "command",
      "text",
      "channel_id",
      "user_id",
      "team_id",
      "response_url",
      "trigger_id",
    ] as const;
    const needed = new Set(["command", "channel_id", "user_id", "team_id"]);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...fields), fc.constantFrom("delete", "repeat", "empty")), {
          minLength: 1,
          maxLength: 3,
        }),
        async (mutations) => {
          const form = new URLSearchParams(validBodies.command());
          for (const [field, op] of mutations) {
            if (op === "delete") form.delete(field);
            else if (op === "repeat") form.append(field, "again");
            else form.set(field, "");
          }
          const reply = await post(form.toString(), { contentType: FORM });
          expect(reply.status).toBe(200);
          // The app has one command and answers it under any name (the manifest names it), so a
          // request is answerable with exactly one value of each field, the needed ones not empty.
          const answerable = fields.every((field) => {
            const values = form.getAll(field);
            if (values.length > 1) return false;
            return !needed.has(field) || Boolean(values[0]);
          });
          if (answerable) expect(reply.json()).toMatchObject({ response_type: "ephemeral" });
          else if (reply.text !== "") expect(form.getAll("command")).toHaveLength(1);
        },
      ),
      { numRuns: runs(60) },
    );
    await nothingPosted();
  });
});
