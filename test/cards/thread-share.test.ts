import { describe, expect, it } from "vitest";
import { parseThreadShare, type ThreadShare, threadShareValue } from "../../src/cards/references.ts";
import { withThreadShare } from "../../src/cards/thread-share.ts";

describe("thread share values", () => {
  it.each<ThreadShare>([
    { channel: "C0CHAN001", threadTs: "1700000000.000100", answer: { kind: "codes", codes: [503, 429] } },
    { channel: "G0PRIV001", threadTs: "1.2", answer: { kind: "codes", codes: [404] } },
    {
      channel: "C0CHAN001",
      threadTs: "1700000000.000100",
      answer: { kind: "query", query: "payments: returning 503s since the deploy, what to do?" },
    },
    { channel: "D0DM00001", threadTs: "5.5", answer: { kind: "pair", first: 401, second: 403 } },
    { channel: "C0CHAN001", threadTs: "5.5", answer: { kind: "code", entryId: "499-nginx" } },
  ])("write and read back %j", (share) => {
    const value = threadShareValue(share);
    expect(value).toBeDefined();
    expect(value?.length).toBeLessThanOrEqual(2000);
    expect(parseThreadShare(value)).toEqual(share);
  });

  it("never cut a question short to fit Slack's 2000 characters: no value instead", () => {
    const long = { kind: "query" as const, query: `why ${"503 ".repeat(600)}` };
    expect(threadShareValue({ channel: "C1AB", threadTs: "1.1", answer: long })).toBeUndefined();
    const fits = { kind: "query" as const, query: "x".repeat(2000 - "thread:C1AB:1.1:q:".length) };
    expect(threadShareValue({ channel: "C1AB", threadTs: "1.1", answer: fits })?.length).toBe(2000);
  });

  it.each([
    undefined,
    "",
    "code:404",
    "thread:C1AB:1.1:",
    "thread:nope:1.1:codes:404",
    "thread:C1AB:yesterday:codes:404",
    "thread:C1AB:1.1:codes:404,abc",
    // Not a code of the catalog's shape (999, LinkedIn's, is one: see references.test.ts).
    "thread:C1AB:1.1:codes:1000",
    "thread:C1AB:1.1:pair:401",
  ])("reject %j", (value) => {
    expect(parseThreadShare(value)).toBeUndefined();
  });
});

describe("withThreadShare", () => {
  const card = { text: "503 Service Unavailable", blocks: [{ type: "divider" as const }] };

  it("adds the Share in thread button with its value", () => {
    const shared = withThreadShare(card, { shareValue: "thread:C1AB:1.1:codes:503" });
    expect(shared.text).toBe(card.text);
    expect(shared.blocks.at(-1)).toMatchObject({
      type: "actions",
      elements: [{ action_id: "share_in_thread", value: "thread:C1AB:1.1:codes:503", style: "primary" }],
    });
  });

  it("says who shared it, and keeps the footer within the block limit", () => {
    const full = { text: "x", blocks: Array.from({ length: 50 }, () => ({ type: "divider" as const })) };
    const shared = withThreadShare(full, { sharedBy: "U0HUMAN01" });
    expect(shared.blocks).toHaveLength(50);
    expect(shared.blocks.at(-1)).toEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: "Shared by <@U0HUMAN01>" }],
    });
    expect(withThreadShare(card, { sharedBy: "<!channel>" })).toEqual(card);
  });
});
