import { describe, expect, it } from "vitest";
import { answer } from "../../../src/engine/answer.ts";
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
    // The digit with a word for a group, and classes by words with a word for a group.
    ["200 range", 2],
    ["the 400 series", 4],
    ["30x redirects", 3],
    ["codes that begin with 5", 5],
    ["server error family", 5],
    ["success statuses", 2],
    ["non-final responses", 1],
    // "w" for "with", and a class asked about in general.
    ["codes starting w 2", 2],
    ["server error codes in general", 5],
    ["client errors overall", 4],
  ])("%j is class %i", (query, digit) => {
    expect(classes(question(query), engine)?.classDigit).toBe(digit);
  });

  it("answers a class written with its digit before the code of the same number", () => {
    expect(answer("300 series", engine.catalog).classDigit).toBe(3);
    expect(answer("we keep getting 500s", engine.catalog).codes[0]?.code).toBe(500);
  });

  it("answers a class asked for by name in a longer question", () => {
    expect(
      classes(
        question(
          "in our contract tests we only check the family of the response, which class is success again?",
        ),
        engine,
      )?.classDigit,
    ).toBe(2);
    expect(
      classes(
        question("what category of status codes is 'server error', the ones that say the backend broke?"),
        engine,
      )?.classDigit,
    ).toBe(5);
  });

  it("leaves descriptions to the next intent", () => {
    expect(classes(question("the server errors out when the upload is too large"), engine)).toBeUndefined();
    expect(classes(question("403"), engine)).toBeUndefined();
    // Two classes named: no one class asked for.
    expect(
      classes(
        question("which class do we use when a redirect fails because of a server error on the target?"),
        engine,
      ),
    ).toBeUndefined();
  });
  it("answers a class asked about in general inside a longer question", () => {
    for (const [query, digit] of [
      [
        "hey, writing our retry policy for the internal client library: what do 5xx responses mean overall, and are they safe to retry as a class?",
        5,
      ],
      [
        "doing the http course for interns: what is the meaning of the 2xx status class in general? not about one code, about the whole range",
        2,
      ],
      // And in the other languages people ask in.
      [
        "pessoal, pergunta conceitual: o que significam os códigos 4xx em geral? to dando treinamento pros estagiários",
        4,
      ],
      [
        "salve, domanda generica: che significa in generale la classe 5xx? sto scrivendo una libreria http",
        5,
      ],
      // Codes of the class written as examples.
      [
        "what's the whole 1xx class about? I only ever see 101 for websockets and nothing else in our logs",
        1,
      ],
      [
        "Hello, what means all the 2xx codes in general? I know 200 but our gateway also logs 202, 204, 206 and I want to explain the success family.",
        2,
      ],
    ] as const) {
      expect(answer(query, engine.catalog).classDigit, query).toBe(digit);
    }
    // A code proposed beside the class when another is asked for is the question.
    expect(
      answer(
        "we send 400 for every 4xx in general, our validation errors included. is 422 better for those?",
        engine.catalog,
      ).intent,
    ).not.toBe("class");
    // A code of the class asked about, compared or in the plural is the question, not the class.
    for (const query of [
      "overall our 4xx rate is fine, but what does 422 mean exactly?",
      "we log 500s across the entire range of endpoints, what does 500 mean?",
      "overall we return 5xx on failures, what's the difference between 502 and 504?",
      "the whole 5xx spike came from 502s, what does 502 mean?",
      "our 4xx family is mostly 404, what does 404 mean for a deleted product?",
      "generally clients retry 5xx, does that include 501?",
      "the entire 5xx range is showing in grafana, is 504 a gateway problem?",
      "In general, what do you think. Our 5xx alerts fire on 503 every night, why would that be?",
    ]) {
      expect(answer(query, engine.catalog).intent, query).not.toBe("class");
    }
    // The code asked about is explained, in a few words too.
    expect(answer("our 4xx family is mostly 404, what does 404 mean?", engine.catalog).codes[0]?.code).toBe(
      404,
    );
    // A class mentioned in passing in a description is still not the question, "overall" or not.
    expect(
      answer(
        "our 5xx rate overall went up after the deploy, the db is slow, which code should the api return?",
        engine.catalog,
      ).intent,
    ).not.toBe("class");
    expect(
      answer(
        "our dashboard shows a spike of 5xx after the deploy, the db pool is exhausted, what should the api return",
        engine.catalog,
      ).intent,
    ).not.toBe("class");
  });
});
