import { engineFor, readQuestion } from "../../../src/engine/answer.ts";
import type { Engine, Question } from "../../../src/engine/types.ts";
import { getCatalog } from "../../../src/knowledge/load.ts";

export const engine: Engine = engineFor(getCatalog());

/** A question as the dispatcher hands it to every intent. */
export function question(query: string): Question {
  return readQuestion(query, engine);
}
