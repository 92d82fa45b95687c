import { describe, expect, it } from "vitest";
import { lookupFor } from "../../../src/engine/reading/code-lookup.ts";
import { readCodes } from "../../../src/engine/reading/reader.ts";
import { getCatalog } from "../../../src/knowledge/load.ts";
import { questionFromMessage, slackToPlainText } from "../../../src/slack/messages/text.ts";

/*
 * The readers must take time linear in their input, whatever it is (a pasted log, 40,000 unclosed
 * "<"). Time is not asserted; work is: the characters every regex and every indexOf call scans,
 * counted by wrapping those methods. Doubling the input must about double the work.
 */

const lookup = lookupFor(getCatalog());

function measureWork(run: () => void): number {
  let work = 0;
  const exec = RegExp.prototype.exec;
  const indexOf = String.prototype.indexOf;
  const lastIndexOf = String.prototype.lastIndexOf;
  // Plain wrappers, not vi.spyOn: a spy records every call's arguments and result, which for the
  // hundreds of thousands of calls here cost more than the reading itself.
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const result = exec.call(this, input);
    work += Math.max(1, (result ? result.index + result[0].length : input.length) - from);
    return result;
  };
  String.prototype.indexOf = function (this: string, search: string, position?: number) {
    const result = indexOf.call(this, search, position);
    work += Math.max(1, (result < 0 ? this.length : result) - (position ?? 0));
    return result;
  };
  String.prototype.lastIndexOf = function (this: string, search: string, position?: number) {
    const result = lastIndexOf.call(this, search, position);
    work += Math.max(1, (position ?? this.length) - Math.max(0, result));
    return result;
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
    String.prototype.indexOf = indexOf;
    String.prototype.lastIndexOf = lastIndexOf;
  }
  return work;
}

/** Texts that trip naive scanners: unclosed tokens, long runs, many numbers in every context. */
const UNITS = {
  "unclosed <": "<",
  "unclosed link": "<https://x|",
  "unclosed mention": "<@U1",
  numbers: "404 ",
  "numbers in a sentence": "but not 404 ",
  lists: "404,",
  "status lines": "HTTP/1.1 404 ",
  "access log": '"GET / HTTP/1.1" 200 ',
  quotes: '" 404 ',
  parentheses: "(404) ",
  "key=value": "status=",
  links: "https://http.cat/404 ",
  words: "the server returns a ",
  letters: "a",
  capitals: "ABCD_",
  digits: "1",
  "decimals and dots": "1.",
  spaces: " ",
  constants: "HttpStatus.",
  newlines: "404\n",
  "codes in context": "every request is 401 now. ",
  headlines: "429 from github again\n",
  arrows: "NotFoundError→404, ",
  definitions: "401 = no, ",
  repeated: "502 ",
  "clauses after commas": "same here, 502 on every page, ",
  "exception classes": "ConflictException ",
  "quoted keys": "'200': ",
};

describe("the readers do linear work", () => {
  for (const [name, unit] of Object.entries(UNITS)) {
    it(`reads ${name} in linear work`, () => {
      const text = (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
      for (const strictness of ["message", "question"] as const) {
        const small = measureWork(() => readCodes(text(600), lookup, strictness));
        const large = measureWork(() => readCodes(text(2_400), lookup, strictness));
        expect(large, `${name} (${strictness})`).toBeLessThanOrEqual(small * 4 * 1.3 + 64);
      }
      const small = measureWork(() => questionFromMessage(text(600), "U1"));
      const large = measureWork(() => questionFromMessage(text(2_400), "U1"));
      expect(large, `${name} (questionFromMessage)`).toBeLessThanOrEqual(small * 4 * 1.3 + 64);
    });
  }

  it("reads 200,000 characters", () => {
    const unclosed = "<".repeat(200_000);
    expect(slackToPlainText(unclosed)).toBe(unclosed);
    expect(readCodes(unclosed, lookup, "message").codes).toEqual([]);
    expect(questionFromMessage("<@U1".repeat(50_000), "U1")).toBe("<@U1".repeat(50_000));
    const log = '10.0.0.1 - - [10/Oct/2024:13:55:36 +0000] "GET /x HTTP/1.1" 502 0\n'.repeat(3_000);
    expect(readCodes(log, lookup, "message").codes).toHaveLength(3_000);
  });
});
