// Labelled channel messages (`message<TAB>codes:502,429` or `codes:-`, # for comments) and the fixed
// split of bench/training/mentions.tsv into training and validation messages.
import { readFileSync } from "node:fs";

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

export function isValidation(text: string): boolean {
  return hash(text) % 5 === 0;
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
