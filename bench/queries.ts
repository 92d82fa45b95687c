// Questions shared by the engine and memory benchmarks (each adds a few of its own).

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
