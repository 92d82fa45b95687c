import type { CodeLookup } from "./reading/code-lookup.ts";
import { type Evidence, readQuestionCodes } from "./reading/reader.ts";

/**
 * Evidence that only a word next to the number gives ("got 100", "the 300", "a 404"): common in talk
 * about anything with numbers, so it makes a number a status only with other HTTP evidence.
 */
const WEAK_EVIDENCE: ReadonlySet<Evidence> = new Set(["verb", "determiner", "noun", "pair"]);

/** A number in a query, with what we can tell of it from the characters around it. */
export interface NumberMention {
  /** The digits ("404", "000"); for a code read from a link or a named constant, its number. */
  readonly text: string;
  readonly value: number;
  /** Where it starts in the text. */
  readonly index: number;
  /** The format or the words around it say it is a status ("HTTP 404", "status 42", "returns 404"). */
  readonly statusContext: boolean;
  /** The format says so, or a word that is only ever said of statuses ("HTTP 404", "502s", "403'd"). */
  readonly strongContext: boolean;
}

/**
 * The numbers of a question that may be status codes, as the one reader reads them: links to
 * status-code pages and named constants included; ids, quantities, times, ports, errno values, other
 * protocols' codes and, in a pasted log line, numbers the format does not mark as statuses left out.
 */
export function findNumbers(text: string, lookup: CodeLookup): NumberMention[] {
  return readQuestionCodes(text, lookup).codes.map((reading) => ({
    text:
      reading.evidence === "link" || reading.evidence === "constant" ? String(reading.value) : reading.text,
    value: reading.value,
    index: reading.index,
    statusContext: reading.evidence !== undefined,
    strongContext: reading.evidence !== undefined && !WEAK_EVIDENCE.has(reading.evidence),
  }));
}
