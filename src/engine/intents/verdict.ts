import type { Answer, Engine, Question } from "../types.ts";

/**
 * A code proposed for a situation ("should I use 403 here?", "is 500 right for a body that doesn't
 * parse?"): the situation's answer with a verdict on the proposed code. Not written yet.
 */
export function verdict(_question: Question, _engine: Engine): Answer | undefined {
  return undefined;
}
