import Fuse, { type IFuseOptions } from "fuse.js";
import type { Catalog, Entry } from "../../knowledge/catalog.ts";
import { normalizeName } from "../../knowledge/names.ts";
import { foldText, splitsIntoMoreThan } from "../search/text.ts";
import type { Tuning } from "../tuning.ts";
import { type Answer, type Engine, emptyAnswer, type Question, ranked } from "../types.ts";

/** Words around a name that do not change which code is meant ("what does forbidden mean?"). */
const FILLER_WORDS =
  "what(?:'s| is| does| do| are)?|whats|mean(?:s|ing)?|status|code|http(?:\\/[\\d.]+)?|error|response|is|the|a|an|explain|define|definition|of|about|tell me|me|please|i got|got|getting|returned|returns|return";
const NAME_FILLER = new RegExp(`\\b(?:${FILLER_WORDS})\\b`, "g");
const FILLER_WORD = new RegExp(`^(?:${FILLER_WORDS})$`);

/** One word that is filler (for "is the question only numbers and filler?"). */
export function isFillerWord(word: string): boolean {
  return FILLER_WORD.test(word);
}

interface FuzzyName {
  readonly name: string;
  readonly entry: Entry;
  /** Each character of the name and how often it occurs: [code, count, code, count, ...]. */
  readonly letters: Int32Array;
}

/** fuse.js cuts longer patterns into pieces of this many characters (its Bitap's word size). */
const FUSE_PIECE = 32;

/** Every current and former name and alias, for typo-tolerant lookups. */
export class NameMatcher {
  /** Every name, in the catalog's order. */
  readonly names: readonly FuzzyName[];
  /** How fuse.js matches a name (its threshold is the engine's tuning at build time). */
  readonly options: IFuseOptions<FuzzyName>;
  /** Every word that occurs in a name, to skip fuzzy matching when a question shares none. */
  readonly words: ReadonlySet<string>;

  constructor(catalog: Catalog, tuning: Tuning) {
    this.names = catalog.entries.flatMap((entry) =>
      [entry.phrase, ...entry.former_names.map((f) => f.name), ...entry.aliases].map((raw) => {
        const name = normalizeName(raw);
        return { name, entry, letters: lettersOf(name) };
      }),
    );
    this.options = {
      keys: ["name"],
      includeScore: true,
      threshold: tuning.names.fuzzyIndexThreshold,
      ignoreLocation: true,
    };
    this.words = new Set(this.names.flatMap(({ name }) => name.split(" ")));
  }

  /**
   * The name fuse.js finds best for a pattern (as a search of every name would), unless its score
   * is over `threshold`; for a fraction of the cost of that search. fuse.js scores a name by the
   * fewest edits (insertions, deletions, substitutions) that turn the pattern into a part of the
   * name, over the pattern's length (for a pattern longer than 32 characters, the mean of its
   * pieces' scores), then raises that to a power of at most 1, which only makes it larger. So a
   * name that needs more than `threshold` edits per character for every piece cannot score within
   * it. Those edits are counted here (after a cheaper bound: an edit fixes at most one character,
   * so the pattern's characters that the name lacks are edits), and the names that remain, if any,
   * are searched by fuse.js itself in the same order: the best of them, ties included, is the best
   * of all.
   */
  best(pattern: string, threshold: number): { item: FuzzyName; score?: number } | undefined {
    const pieces = fusePieces(pattern);
    const counts = pieces.map((piece) => {
      const found = new Int32Array(128);
      for (let i = 0; i < piece.length; i++) {
        const code = piece.charCodeAt(i) & 127;
        found[code] = (found[code] as number) + 1;
      }
      return found;
    });
    const candidates: FuzzyName[] = [];
    for (const name of this.names) {
      for (let p = 0; p < pieces.length; p++) {
        const piece = pieces[p] as string;
        // A hair of slack: rounding must never be what rejects a name.
        const most = threshold * piece.length + 1e-6;
        // Each character the name is short of the piece is an edit too (the quickest bound).
        if (piece.length - name.name.length > most) continue;
        if (piece.length - sharedCharacters(name.letters, counts[p] as Int32Array) > most) continue;
        if (editsToPart(piece, name.name, this.positions) > most) continue;
        candidates.push(name);
        break;
      }
    }
    if (!candidates.length) return undefined;
    return new Fuse(candidates, this.options).search(pattern, { limit: 1 })[0];
  }

  /** Scratch space for editsToPart (searches are synchronous). */
  private readonly positions = new Int32Array(128);
}

/** How many of the piece's characters (counted by code modulo 128) the name has. */
function sharedCharacters(letters: Int32Array, counts: Int32Array): number {
  let shared = 0;
  for (let i = 0; i < letters.length; i += 2) {
    shared += Math.min(letters[i + 1] as number, counts[letters[i] as number] as number);
  }
  return shared;
}

/**
 * The fewest insertions, deletions and substitutions that turn `pattern` (32 characters at most)
 * into some part of `text`: edit distance where the part may start and end anywhere, computed a
 * column at a time in the bits of two numbers (Myers' bit-vector algorithm). `positions` is scratch
 * space of 128 zeros, left zeroed. Characters are told apart by code modulo 128: two that share one
 * (never in names, which are ASCII) would only make the count smaller.
 */
function editsToPart(pattern: string, text: string, positions: Int32Array): number {
  const m = pattern.length;
  if (m === 0) return 0;
  for (let i = 0; i < m; i++) {
    const code = pattern.charCodeAt(i) & 127;
    positions[code] = (positions[code] as number) | (1 << i);
  }
  const last = 1 << (m - 1);
  // Vertical deltas of the column (+1, -1), the score of its last cell, the best score so far.
  let plus = -1;
  let minus = 0;
  let score = m;
  let best = m;
  for (let j = 0; j < text.length; j++) {
    const equal = positions[text.charCodeAt(j) & 127] as number;
    const xv = equal | minus;
    const xh = (((equal & plus) + plus) ^ plus) | equal;
    let horizontalPlus = minus | ~(xh | plus);
    let horizontalMinus = plus & xh;
    if (horizontalPlus & last) score++;
    else if (horizontalMinus & last) score--;
    // The first row stays 0 (the part may start anywhere): nothing is shifted in.
    horizontalPlus <<= 1;
    horizontalMinus <<= 1;
    plus = horizontalMinus | ~(xv | horizontalPlus);
    minus = horizontalPlus & xv;
    if (score < best) best = score;
  }
  for (let i = 0; i < m; i++) positions[pattern.charCodeAt(i) & 127] = 0;
  return best;
}

function lettersOf(text: string): Int32Array {
  const counts = new Map<number, number>();
  for (let i = 0; i < text.length; i++) {
    // By code modulo 128, as pieces are counted (names are ASCII: nothing shares a count).
    const code = text.charCodeAt(i) & 127;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return Int32Array.from([...counts].flat());
}

/** The pieces fuse.js cuts a pattern into: 32 characters each, the last one ending with the pattern. */
function fusePieces(pattern: string): string[] {
  if (pattern.length <= FUSE_PIECE) return [pattern];
  const pieces: string[] = [];
  const whole = pattern.length - (pattern.length % FUSE_PIECE);
  for (let i = 0; i < whole; i += FUSE_PIECE) pieces.push(pattern.slice(i, i + FUSE_PIECE));
  if (whole < pattern.length) pieces.push(pattern.slice(pattern.length - FUSE_PIECE));
  return pieces;
}

/** "forbidden", "gatway timeout", "what does payload too large mean": the card of the code named. */
export function names(question: Question, engine: Engine): Answer | undefined {
  const entry = entryByName(engine, question.text);
  return entry ? { ...emptyAnswer(question.query, "code"), codes: [ranked(entry)] } : undefined;
}

/** A code named by its current or former name, tolerating typos ("gatway timeout"). */
export function entryByName(engine: Engine, text: string, strict = false): Entry | undefined {
  // The longest name has six words; a long question is not a name, however it is spelt.
  if (splitsIntoMoreThan(text, 10)) return undefined;
  const { catalog, index, tuning } = engine;
  const preferRegistered = (list: readonly Entry[]) => list.find((entry) => entry.registered) ?? list[0];
  // Names may contain filler words themselves ("Multi-Status", "Internal Server Error").
  const whole = catalog.byName(text);
  if (whole.length) return preferRegistered(whole);
  const stripped = normalizeName(foldText(text).replace(NAME_FILLER, " "));
  if (!stripped || stripped.split(" ").length > 7) return undefined;
  const exact = catalog.byName(stripped);
  if (exact.length) return preferRegistered(exact);
  const corrected = normalizeName(index.correctText(stripped));
  const fixed = catalog.byName(corrected);
  if (fixed.length) return preferRegistered(fixed);
  // Names are short: long questions are not names, however they are spelt.
  const typed = corrected.split(" ");
  if (stripped.length < 5 || typed.length > 4) return undefined;
  if (typed.filter((word) => engine.names.words.has(word)).length * 2 < typed.length) return undefined;
  const threshold = strict ? tuning.names.strictFuzzyThreshold : tuning.names.fuzzyThreshold;
  const best = engine.names.best(corrected, threshold);
  if (!best || (best.score ?? 1) > threshold) return undefined;
  const ratio = best.item.name.length / corrected.length;
  if (ratio < tuning.names.minLengthRatio || ratio > tuning.names.maxLengthRatio) return undefined;
  return best.item.entry;
}
