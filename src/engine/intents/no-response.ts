import { type Answer, type Engine, emptyAnswer, type Question, ranked } from "../types.ts";

/*
 * "axios gives `getaddrinfo ENOTFOUND api.internal`, what status code is that?", "k6 shows status=0 and
 * request timeout, which HTTP errors did our server return?": a client's own failure, with no proxy
 * that answered it and no status read, asked which status it was. None was sent: the answer is the
 * card that says so (curl's 000, a browser's status 0), not the status a server might have sent for
 * a similar situation. Known failures with a product's own facts are the sources intent's, before
 * this one; which status a server ought to send when it happens ("what should the BFF return?") is
 * the ranker's.
 */

/** The question asks which status something was: "what status is that", "which http code did it get". */
const ASKS_WHICH_STATUS =
  /\b(?:what|which|wat)\b[^.?!]{0,40}\b(?:status|statuses|code|codes|http errors?)\b|\bis there (?:a|an|any) (?:http )?(?:status|code)\b|\bstatus code\s*\?/;
/**
 * Which status a server ought to answer with, would answer with or maps the failure to: advice or a
 * product's own code ("which code would nginx use for that?", "what code is that fault mapped to?"),
 * the ranker's to give.
 */
const ASKS_WHAT_TO_SEND =
  /\b(?:should|shall|ought to|supposed to|better to|would|want to|wants to|need to|plan to)\b[^.?!]{0,40}\b(?:return|send|respond|reply|answer|throw|use)\b|\b(?:mapped|maps|map) to\b|\bwhich (?:status|code) means\b/;

export function noResponse(question: Question, engine: Engine): Answer | undefined {
  // The cheap tests first: the cues are read only for a question that can be this one's.
  if (question.numbers.entries.some((entry) => entry.code >= 100)) return undefined;
  const { folded } = question;
  if (!ASKS_WHICH_STATUS.test(folded) || ASKS_WHAT_TO_SEND.test(folded)) return undefined;
  if (!question.cues().noResponse) return undefined;
  const none = engine.catalog.byCode(0)[0];
  if (!none) return undefined;
  return { ...emptyAnswer(question.query, "code"), codes: [ranked(none)] };
}
