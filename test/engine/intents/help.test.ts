import { describe, expect, it } from "vitest";
import { help } from "../../../src/engine/intents/help.ts";
import { question } from "./ask.ts";

describe("help", () => {
  it.each([
    "help",
    "/status help",
    "HELP!",
    "?",
    "",
    "how do I use this bot",
    "what can you do",
    "how do I phrase a question",
    "what are you for",
    "list commands",
    "hey bot, instructions please",
    "hello",
    "can I DM you or only mention you in channels?",
    "i don't know what to ask, give me some hints",
  ])("%j gets help", (query) => {
    expect(help(question(query))?.intent).toBe("help");
  });

  it("is not sure about input with nothing readable in it", () => {
    expect(help(question("🙂🙂🙂"))?.intent).toBe("unknown");
  });

  it("leaves every other question to the next intent", () => {
    for (const query of [
      "403",
      "helpful error for a missing field",
      "401 vs 403",
      "hey, we get 502s from nginx after the deploy",
      "how do I tell the client to slow down?",
      "what can you tell me about 418",
    ]) {
      expect(help(question(query)), query).toBeUndefined();
    }
  });
});
