import { describe, expect, it } from "vitest";
import { scenarios } from "../../../src/engine/intents/scenarios.ts";
import { engine, question } from "./ask.ts";

describe("scenarios", () => {
  it("gives the recommendation and 2-3 runners-up with reasons", () => {
    const result = scenarios(question("what should I return when the rate limit is hit?"), engine);
    expect(result.intent).toBe("scenario");
    expect(result.codes[0]?.code).toBe(429);
    expect(result.codes.length).toBeGreaterThanOrEqual(2);
    expect(result.codes.length).toBeLessThanOrEqual(4);
    for (const code of result.codes) expect(code.why?.length).toBeGreaterThan(10);
  });

  it("says it is not sure rather than offering a random code", () => {
    for (const query of ["what's the weather", "pizza recipe", "asdfgh", "lorem ipsum", "write me a poem"]) {
      const result = scenarios(question(query), engine);
      expect(result.intent, query).toBe("unknown");
      expect(result.codes, query).toEqual([]);
    }
  });

  it("offers no status as a runner-up when the client got no response", () => {
    const result = scenarios(
      question(
        'curl keeps printing `HTTP 000` in our CI smoke test: `curl -s -o /dev/null -w "%{http_code}"`. the job ran 3 times, all 000. what status is the server returning?',
      ),
      engine,
    );
    expect(result.codes.map((code) => code.code)).toEqual([0]);
  });

  it("lists each code once, whatever entries share it", () => {
    const result = scenarios(question("api tra ve 500 khi the bi tu choi, 402 dung khong?"), engine);
    const codes = result.codes.map((code) => code.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
