// Questions shared by the benchmarks (each adds a few of its own).
import { readFileSync } from "node:fs";
import type { Catalog } from "../src/knowledge/catalog.ts";

/** Scenarios in plain words: the free-text search's workload. */
export const SCENARIO_QUESTIONS = [
  "what should I return when the rate limit is hit?",
  "logged in but not an admin",
  "uploaded file exceeds the size limit",
  "the proxy timed out waiting for the backend",
  "username already taken during signup",
  "the JSON body could not be parsed",
  "we are down for scheduled maintenance",
  "someone else modified the document before my save",
  "the job was queued and will run later",
  "the reverse proxy got a garbage response from upstream",
];

/** Class overviews, asked in several ways. */
export const CLASS_QUESTIONS = [
  "4xx",
  "5xx errors",
  "what are the 3xx codes",
  "client error codes",
  "informational",
];

/**
 * Questions that all differ, for the HTTP run where no answer comes from the reply cache: every
 * code, every name, every curated pair, three scenarios of each code in the data's own words and
 * the plain-language probe questions (bench/probe-questions.tsv), interleaved. More of them than
 * the reply cache holds (500), asked in turn, so that each has left the cache before it comes again.
 */
export function distinctQuestions(catalog: Catalog): string[] {
  const probes = readFileSync(new URL("./probe-questions.tsv", import.meta.url), "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line) => line.split("\t")[0] ?? "");
  const kinds = [
    catalog.entries.map((entry) => String(entry.code)),
    catalog.entries.map((entry) => entry.phrase.toLowerCase()),
    catalog.comparisons.map((comparison) => `${comparison.codes[0]} vs ${comparison.codes[1]}`),
    catalog.entries.flatMap((entry) => entry.scenarios.slice(0, 3)),
    probes,
  ];
  const seen = new Set<string>();
  const questions: string[] = [];
  // Round robin over the kinds: any stretch of the run has codes, names, pairs and scenarios.
  for (let i = 0; kinds.some((kind) => i < kind.length); i++) {
    for (const kind of kinds) {
      const question = kind[i]?.trim();
      if (question && !seen.has(question)) {
        seen.add(question);
        questions.push(question);
      }
    }
  }
  return questions;
}
