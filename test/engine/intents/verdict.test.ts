import { describe, expect, it } from "vitest";
import { answer } from "../../../src/engine/answer.ts";
import { verdict, verdictOn } from "../../../src/engine/intents/verdict.ts";
import { engine, question } from "./ask.ts";

describe("a code written within a situation", () => {
  it("answers the situation, not the code written as context", () => {
    const result = verdict(
      question("our handler sends 500 when the JSON body doesn't parse, what should it send"),
      engine,
    );
    expect(result?.codes[0]?.code).toBe(400);
    expect(result?.verdicts).toEqual([expect.objectContaining({ code: 500, right: false, better: 400 })]);
  });

  it("says a proposed code is right when it is", () => {
    const result = verdict(question("should I use 403 when the user is logged in but not an admin?"), engine);
    expect(result?.codes[0]?.code).toBe(403);
    expect(result?.verdicts?.[0]).toMatchObject({ code: 403, right: true });
  });

  it("explains the codes when the question is about them", () => {
    const result = verdict(
      question(
        "ALB access logs show lots of entries with elb_status_code 460 and nothing in our app logs, what is 460?",
      ),
      engine,
    );
    expect(result?.intent).toBe("code");
    expect(result?.codes[0]?.code).toBe(460);
  });

  it.each([
    ["401 for banned user?", [403]],
    ["403 when token expired?", [401]],
    ["500 when upstream times out on gateway?", [504]],
    ["302 for permanent move?", [301, 308]],
  ])("reads a code that opens a short question, then its situation, as proposed: %j", (query, better) => {
    const result = verdict(question(query), engine);
    expect(better).toContain(result?.codes[0]?.code);
    expect(result?.verdicts?.[0]).toMatchObject({ right: false, better: result?.codes[0]?.code });
  });

  it("reads a symptom opening a short question as the code asked about, not a proposal", () => {
    for (const query of [
      "415 when sending json from axios?",
      "405 when posting a form?",
      "404 on refresh in my react app?",
      "500 since yesterday? any idea why",
      "403 when I call the api from postman, why?",
    ]) {
      const result = answer(query, engine.catalog);
      expect(result.codes[0]?.code, query).toBe(Number(query.slice(0, 3)));
      expect(result.verdicts ?? [], query).toEqual([]);
    }
  });

  it("keeps a code that opens a short question when it fits its situation", () => {
    for (const query of ["429 when rate limited?", "201 for created resource?"]) {
      const result = answer(query, engine.catalog);
      expect(result.codes[0]?.code, query).toBe(Number(query.slice(0, 3)));
      expect(result.verdicts ?? [], query).not.toContainEqual(expect.objectContaining({ right: false }));
    }
  });

  it("leaves short questions about a code to the codes intent", () => {
    for (const query of ["what does 418 mean", "got a 499 from nginx", "HTTP 503", "why am I seeing 502s"]) {
      expect(verdict(question(query), engine), query).toBeUndefined();
    }
  });

  it("says why a wrong code is wrong with the data's own words", () => {
    const catalog = engine.catalog;
    const [e500, e400, e302, e307] = [500, 400, 302, 307].map((code) => catalog.registered(code));
    if (!e500 || !e400 || !e302 || !e307) throw new Error("catalog");
    expect(verdictOn(engine, e500, e400).why).toMatch(/^Use 400 instead when: /);
    expect(verdictOn(engine, e307, e307, "a fitting scenario").why).toBe("It fits: “a fitting scenario”.");
    expect(verdictOn(engine, e302, e307)).toMatchObject({ right: false, better: 307 });
  });
});
