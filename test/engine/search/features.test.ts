import { describe, expect, it } from "vitest";
import { readCues } from "../../../src/engine/search/features.ts";
import { question } from "../intents/ask.ts";

function roles(query: string, code: number) {
  return readCues(question(query)).roles.get(code);
}

describe("cues of a question", () => {
  it("reads whether a question asks for a code", () => {
    for (const query of [
      "what should the api return for an expired token",
      "which status fits that?",
      "is there a more precise code?",
      "302 or 307 for that?",
      "better option?",
    ]) {
      expect(readCues(question(query)).asksForCode, query).toBe(true);
    }
    expect(readCues(question("we see 500s in the logs after the deploy")).asksForCode).toBe(false);
  });

  it("reads the role of each code written", () => {
    expect(roles("the middleware currently returns 403 and the frontend breaks", 403)?.current).toBe(true);
    expect(roles("should I use 409 here?", 409)?.proposed).toBe(true);
    expect(roles("is 412 correct for this?", 412)?.proposed).toBe(true);
    expect(roles("302 or 307 for that?", 302)?.option).toBe(true);
    expect(roles("302 or 307 for that?", 307)?.option).toBe(true);
    expect(roles("what do we send instead of the 100?", 100)?.negative).toBe(true);
    expect(roles("what is 460 and should we care?", 460)?.identity).toBe(true);
    expect(roles("HTTP 503 from the gateway", 503)?.status).toBe(true);
  });

  it("tells instructions to people from questions", () => {
    expect(readCues(question("deploy the app please")).command).toBe(true);
    expect(readCues(question("merge it")).command).toBe(true);
    // Asking an assistant to do something else is an instruction too.
    expect(readCues(question("translate hello to spanish")).command).toBe(true);
    expect(readCues(question("summarize this thread for me")).command).toBe(true);
    expect(readCues(question("what should I return when the app is being deployed?")).command).toBe(false);
  });
});
