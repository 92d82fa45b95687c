import { describe, expect, it } from "vitest";
import { help } from "../../../src/engine/intents/help.ts";
import { question } from "./ask.ts";

describe("help", () => {
  it.each(["help", "/status help", "HELP!", "?", "", "how do I use this bot", "what can you do"])(
    "%j gets help",
    (query) => {
      expect(help(question(query))?.intent).toBe("help");
    },
  );

  it("is not sure about input with nothing readable in it", () => {
    expect(help(question("🙂🙂🙂"))?.intent).toBe("unknown");
  });

  it("leaves every other question to the next intent", () => {
    for (const query of ["403", "helpful error for a missing field", "401 vs 403"]) {
      expect(help(question(query)), query).toBeUndefined();
    }
  });
});
