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

/**
 * The question asks which status the failure was: "what status code is that?", "which http status did
 * the client get?", "what status code should I log for it?", "is there a status for this?". Read in
 * the lower-cased text, within a sentence: "still no response from the team, so which status fits a
 * soft-deleted user?" asks something else.
 */
const ASKS_WHICH_STATUS_IT_WAS =
  /\b(?:what|which|wat)\b(?: [\w/-]+){0,2} (?:status|statuses|code|codes|error|errors|status code|error code)\b (?:is|was|are|were|would be) (?:that|this|it|these|those)\b|\b(?:what|which)\b(?: [\w/-]+){0,2} (?:status|statuses|code|codes|errors?|status code)\b (?:[\w'-]+ ){0,4}(?:get|got|gets|receive|received|return|returned|send|sent|see|saw|answer|answered|respond|responded|show|log|record|map|put|fill in)\b|\bis there (?:a|an|any) (?:http )?(?:status|code)\b[^.?!]{0,20}\b(?:for|with) (?:that|this|it)\b|\b(?:what|which) (?:http )?(?:status|code)\W*$/;
/**
 * Which status a server would answer with or maps the failure to, or which would be right: advice or
 * a product's own code ("which code would nginx use?", "which code is right for that?", "what code is
 * that fault mapped to?"), the ranker's to give. "What should our gateway return?" is left out by the
 * cue itself (features.ts). What to log or map it to in one's own table is not advice about an answer
 * ("which status should I log for it?").
 */
const ASKS_WHAT_TO_SEND =
  /\b(?:would|want to|wants to|need to|plan to)\b[^.?!]{0,40}\b(?:return|send|respond|reply|answer with|throw|use)\b|\b(?:should|shall|ought to|supposed to)\b[^.?!]{0,40}\buse\b|\b(?:status|code)\b[^.?!]{0,20}\b(?:is|be|would be) (?:right|correct|best|better|proper|appropriate|ideal)\b|\b(?:right|correct|best|better|proper|appropriate|ideal) (?:http )?(?:status|code|status code)\b|\b(?:mapped|maps) to\b|\bwhich (?:status|code) means\b/;

export function noResponse(question: Question, engine: Engine): Answer | undefined {
  // The cheap tests first: the cues are read only for a question that can be this one's.
  if (question.numbers.entries.some((entry) => entry.code >= 100)) return undefined;
  const { lower } = question;
  if (!ASKS_WHICH_STATUS_IT_WAS.test(lower) || ASKS_WHAT_TO_SEND.test(lower)) return undefined;
  if (!question.cues().noResponse) return undefined;
  const none = engine.catalog.byCode(0)[0];
  if (!none) return undefined;
  return { ...emptyAnswer(question.query, "code"), codes: [ranked(none)] };
}
