import type { Answer, Engine, Question } from "../types.ts";

/**
 * Another protocol's code (SMTP 550, FTP 421, SIP 486, WebSocket close 1006, gRPC 14, errno 104):
 * said to be not HTTP, with the HTTP mapping where a standard one exists. Not written yet: the
 * question goes on to the next intent.
 */
export function protocols(_question: Question, _engine: Engine): Answer | undefined {
  return undefined;
}
