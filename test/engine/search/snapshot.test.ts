import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Example } from "../../../src/engine/search/examples.ts";
import { ExampleIndex } from "../../../src/engine/search/examples.ts";
import { SearchIndex } from "../../../src/engine/search/index.ts";
import {
  lastIndexCacheOutcome,
  type SearchIndexes,
  searchIndexes,
} from "../../../src/engine/search/snapshot.ts";
import { TUNING } from "../../../src/engine/tuning.ts";
import { getCatalog } from "../../../src/knowledge/load.ts";

// The cached indexes go to a directory of this test's own (the variable is read at each call).
const cacheDir = mkdtempSync(join(tmpdir(), "status-index-cache-"));
const saved = { dir: process.env.STATUS_BOT_CACHE_DIR, off: process.env.STATUS_BOT_CACHE };

beforeAll(() => {
  process.env.STATUS_BOT_CACHE_DIR = cacheDir;
  delete process.env.STATUS_BOT_CACHE;
});
afterEach(() => {
  delete process.env.STATUS_BOT_CACHE;
});
afterAll(() => {
  if (saved.dir === undefined) delete process.env.STATUS_BOT_CACHE_DIR;
  else process.env.STATUS_BOT_CACHE_DIR = saved.dir;
  if (saved.off !== undefined) process.env.STATUS_BOT_CACHE = saved.off;
  rmSync(cacheDir, { recursive: true, force: true });
});

const catalog = getCatalog();
// A part of the training questions: each case builds the indexes again, which takes long enough.
const examples = TUNING.ranker.examples.slice(0, 400);
const facts: Example[] = examples
  .slice(0, 40)
  .map((example) => ({ text: `${example.text} again`, codes: [500] }));
const QUESTIONS = [
  "what should I return when the rate limit is hit?",
  "the upstream took too long and nginx gave up",
  "usernmae already taken during signup",
  "GET /orders/42 returns nothing, resource was deleted",
  "pizza recipe",
];

function cacheFile(): string {
  const [name] = readdirSync(cacheDir).filter((file) => file.endsWith(".bin"));
  expect(name).toBeDefined();
  return join(cacheDir, name as string);
}

/** Everything the indexes hold, and what they answer: equal for a build and a read-back. */
function behaviour(indexes: SearchIndexes): unknown {
  return {
    data: [indexes.index.data(), indexes.examples.data(), indexes.facts.data()],
    answers: QUESTIONS.map((question) => {
      const features = indexes.index.questionFeatures(question);
      return {
        features,
        search: indexes.index.search(question, TUNING, { limit: 8, include: [404, 410] }),
        corrected: indexes.index.correctText(question),
        examples: [...indexes.examples.nearest(features)],
        facts: [...indexes.facts.nearest(features)],
      };
    }),
  };
}

describe("the cache of built search indexes", () => {
  let built: unknown;

  it("is written after a build, and read back as the same indexes", () => {
    const first = searchIndexes(catalog, examples, facts);
    expect(lastIndexCacheOutcome()).toBe("written");
    built = behaviour(first);
    const second = searchIndexes(catalog, examples, facts);
    expect(lastIndexCacheOutcome()).toBe("read");
    expect(behaviour(second)).toStrictEqual(built);
  });

  it("is rebuilt when what the indexes are built from has changed", () => {
    searchIndexes(catalog, examples, facts.slice(1));
    expect(lastIndexCacheOutcome()).toBe("written");
    searchIndexes(catalog, examples, facts);
    expect(lastIndexCacheOutcome()).toBe("written");
    expect(behaviour(searchIndexes(catalog, examples, facts))).toStrictEqual(built);
    expect(lastIndexCacheOutcome()).toBe("read");
  });

  it("is rebuilt when the file is stale, damaged, cut short or not one at all", () => {
    const path = cacheFile();
    const good = readFileSync(path);
    const newline = good.indexOf(10);
    const header = JSON.parse(good.subarray(0, newline).toString("utf8")) as { key: string };
    const damaged = Buffer.from(good);
    const middle = Math.floor((newline + good.length) / 2);
    damaged[middle] = (damaged[middle] as number) ^ 0x01;
    const variants = [
      // Another key (its first digit changed: a key may begin with "0", and then "0" would be the same key).
      Buffer.concat([
        Buffer.from(
          `${JSON.stringify({ ...header, key: `${header.key.startsWith("0") ? "1" : "0"}${header.key.slice(1)}` })}\n`,
        ),
        good.subarray(newline + 1),
      ]),
      damaged,
      good.subarray(0, good.length - 100),
      Buffer.from("{ not json"),
    ];
    for (const [k, bytes] of variants.entries()) {
      writeFileSync(path, bytes);
      expect(behaviour(searchIndexes(catalog, examples, facts)), `variant ${k}`).toStrictEqual(built);
      expect(lastIndexCacheOutcome(), `variant ${k}`).toBe("written");
      expect(readFileSync(path).equals(good), `variant ${k}`).toBe(true);
    }
  });

  it("is neither read nor written with STATUS_BOT_CACHE=off", () => {
    rmSync(cacheFile());
    process.env.STATUS_BOT_CACHE = "off";
    expect(behaviour(searchIndexes(catalog, examples, facts))).toStrictEqual(built);
    expect(lastIndexCacheOutcome()).toBe("built");
    expect(readdirSync(cacheDir).filter((file) => file.endsWith(".bin"))).toHaveLength(0);
  });

  it("is not used when its lists do not fit together (the indexes refuse them)", () => {
    const { index, examples: exampleIndex } = searchIndexes(catalog, examples, facts);
    const data = index.data();
    const outOfRange = Int32Array.from(data.postings);
    outOfRange[0] = catalog.entries.length * 4;
    expect(() => new SearchIndex(catalog, { ...data, postings: outOfRange })).toThrow();
    expect(() => new SearchIndex(catalog, { ...data, idf: data.idf.subarray(1) })).toThrow();
    const nearData = exampleIndex.data();
    const featuresOf = (text: string) => index.readFeatures(text);
    expect(() => new ExampleIndex(examples.slice(1), featuresOf, nearData)).toThrow();
    expect(
      () => new ExampleIndex(examples, featuresOf, { ...nearData, postings: nearData.postings.subarray(1) }),
    ).toThrow();
    expect(existsSync(cacheDir)).toBe(true);
  });
});
