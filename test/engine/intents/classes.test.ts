import { describe, expect, it } from "vitest";
import { classes } from "../../../src/engine/intents/classes.ts";
import { engine, question } from "./ask.ts";

describe("classes", () => {
  it.each([
    ["4xx", 4],
    ["5** errors", 5],
    ["what are the 3xx codes", 3],
    ["server errors", 5],
    ["client error codes", 4],
    ["informational", 1],
  ])("%j is class %i", (query, digit) => {
    expect(classes(question(query), engine)?.classDigit).toBe(digit);
  });

  it("leaves descriptions to the next intent", () => {
    expect(classes(question("the server errors out when the upload is too large"), engine)).toBeUndefined();
    expect(classes(question("403"), engine)).toBeUndefined();
  });
});
