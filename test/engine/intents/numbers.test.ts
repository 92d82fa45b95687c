import { describe, expect, it } from "vitest";
import { answer } from "../../../src/engine/answer.ts";
import { codes, numberProblems } from "../../../src/engine/intents/numbers.ts";
import { engine, question } from "./ask.ts";

describe("codes written as numbers", () => {
  it("answers every code in a question with several", () => {
    const result = codes(question("we see 500, 502 and 504 in the logs"), engine);
    expect(result?.intent).toBe("code");
    expect(result?.codes.map((c) => c.code)).toEqual([500, 502, 504]);
  });

  it("answers a short message that opens with a code, whatever chat follows", () => {
    for (const [query, code] of [
      ["500 in prod :fire:", 500],
      ["451 lol ray bradbury", 451],
      ["`500` in prod :fire:", 500],
    ] as const) {
      expect(
        answer(query, engine.catalog).codes.map((c) => c.code),
        query,
      ).toEqual([code]);
    }
    // Its noun still makes a leading number a count.
    expect(answer("200 PRs closed last quarter", engine.catalog).codes).toEqual([]);
  });

  it("ignores ids in paths and quantities", () => {
    expect(codes(question("GET /users/123: user found"), engine)).toBeUndefined();
    expect(codes(question("the upload is over 100 MB"), engine)).toBeUndefined();
  });

  it("picks the vendor's meaning when one number has several", () => {
    expect(codes(question("499 nginx"), engine)?.codes[0]?.entryId).toBe("499-nginx");
    expect(codes(question("esri 499 token"), engine)?.codes[0]?.entryId).toMatch(/^499-esri/);
    expect(codes(question("451"), engine)?.codes[0]?.entryId).toBe("451");
  });

  it("reads 000 as the no-response pseudo-code", () => {
    expect(codes(question("curl says 000"), engine)?.codes[0]?.code).toBe(0);
  });
});

describe("numbers that cannot be codes we know", () => {
  it("explains unassigned numbers, with what clients fall back to", () => {
    const unassigned = numberProblems(question("299"), engine);
    expect(unassigned?.intent).toBe("unknown");
    expect(unassigned?.codes).toEqual([]);
    expect(unassigned?.problems[0]?.kind).toBe("unassigned");
    expect(unassigned?.problems[0]?.message).toMatch(/not a registered status code.*200/);
    expect(unassigned?.suggestions[0]?.code).toBe(200);
    expect(numberProblems(question("397"), engine)?.suggestions[0]?.code).toBe(300);
  });

  it("explains impossible numbers", () => {
    for (const query of ["600", "1234", "42", "status 42"]) {
      const result = numberProblems(question(query), engine);
      expect(result?.codes, query).toEqual([]);
      expect(result?.problems[0]?.kind, query).toBe("out-of-range");
    }
  });

  it("leaves numbers in passing to the next intent", () => {
    expect(numberProblems(question("we have 42 services behind the gateway"), engine)).toBeUndefined();
  });
});
