import type { Logger } from "@slack/bolt";
import type { Card } from "../cards/index.ts";
import { parseReference, type Reference } from "../cards/references.ts";
import type { Answer } from "../engine/types.ts";
import { notice } from "../slack/messages/shapes.ts";
import type { Engine } from "./deps.ts";

export const SORRY_TEXT = "Sorry, I couldn't work that out just now. Please try again in a moment.";

/**
 * Runs the engine and a renderer, and turns a failure into a logged error and an apology card, so
 * that an explicit question always gets an answer.
 */
export function safely<T = Card>(
  logger: Logger,
  what: string,
  build: () => T,
  onFailure?: () => void,
): T | Card {
  try {
    return build();
  } catch (error) {
    logger.error(`Could not build the card for ${what}:`, error);
    onFailure?.();
    return notice(SORRY_TEXT);
  }
}

/** Like `safely`, for passive answers (unfurls, codes seen in messages): failures answer nothing. */
export function quietly<T>(logger: Logger, what: string, build: () => T): T | undefined {
  try {
    return build();
  } catch (error) {
    logger.error(`Could not build the card for ${what}:`, error);
    return undefined;
  }
}

/**
 * The codes an answer explains, for the "already explained here" memory: the code of a code card
 * (each code of a card of several), both codes of a comparison, the recommendation of a scenario.
 * A scenario's runners-up are named, not explained: a later message about one of them still gets
 * its explanation. Classes, help and "not sure" explain no code.
 */
export function explainedCodes(answer: Answer): number[] {
  const codes = answer.codes.map((code) => code.code);
  switch (answer.intent) {
    case "code":
      return codes;
    case "compare":
      return codes.slice(0, 2);
    case "scenario":
      return codes.slice(0, 1);
    default:
      return [];
  }
}

/** The answer a button or menu value points at (see src/slack/references.ts). */
export function answerForReference(engine: Engine, reference: Reference): Answer | undefined {
  switch (reference.kind) {
    case "code":
      return engine.answerForEntry(reference.entryId) ?? engine.answer(reference.entryId);
    case "pair":
      return (
        engine.answerForPair(reference.first, reference.second) ??
        engine.answer(`${reference.first} vs ${reference.second}`)
      );
    case "class":
      return engine.answer(`${reference.digit}xx`);
    case "query":
      return engine.answer(reference.query);
  }
}

/** Like answerForReference, from the raw value. */
export function answerForValue(engine: Engine, value: string | undefined): Answer | undefined {
  const reference = parseReference(value);
  return reference ? answerForReference(engine, reference) : undefined;
}
