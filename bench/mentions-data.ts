// Labelled channel messages (`message<TAB>codes:502,429` or `codes:-`, # for comments) and the fixed
// split of each training file into training and validation messages.
import { readFileSync } from "node:fs";
import { basename } from "node:path";

export interface Labelled {
  readonly text: string;
  readonly codes: readonly number[];
}

/** FNV-1a: a stable split that does not depend on line order. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * How each file is split: validation messages are those whose hash falls in the first `share` of
 * `buckets`. mentions.tsv (one writer, the reader's first tuning set) keeps a fifth apart;
 * mentions-2.tsv (a second, independent writer) keeps 3 in 10 apart, hashed with a salt so that its
 * split has nothing to do with the first one's.
 */
const SPLITS: Record<string, { salt: string; buckets: number; share: number }> = {
  "mentions.tsv": { salt: "", buckets: 5, share: 1 },
  "mentions-2.tsv": { salt: "mentions-2:", buckets: 10, share: 3 },
};

export function isValidation(text: string, file = "mentions.tsv"): boolean {
  const split = SPLITS[basename(file)] ?? (SPLITS["mentions.tsv"] as (typeof SPLITS)[string]);
  return hash(split.salt + text) % split.buckets < split.share;
}

export function readLabelled(file: string): Labelled[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line) => {
      const tab = line.lastIndexOf("\t");
      const label = line.slice(tab + 1).replace(/^codes:/, "");
      return {
        text: line.slice(0, tab),
        codes: label === "-" ? [] : label.split(",").map((code) => Number(code.trim())),
      };
    });
}
