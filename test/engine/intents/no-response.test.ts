import { describe, expect, it } from "vitest";
import { noResponse } from "../../../src/engine/intents/no-response.ts";
import { engine, question } from "./ask.ts";

const ask = (query: string) => noResponse(question(query), engine);

describe("a client's failure that no response answered", () => {
  it.each([
    "axios in node gives `Error: getaddrinfo ENOTFOUND api.internal.local`. what status code is that?",
    "k6 output shows status=0 and request timeout for 2% of requests, no response at all. which HTTP errors did our server return?",
    "android client gets java.net.SocketTimeoutException: timeout, no response from server at all. which HTTP code is that?",
    "fetch gives TypeError: Failed to fetch and response.status is 0. what status is this?",
    // What to log or map it to in one's own table is which status it was.
    "node service calling another one via axios: `Error: socket hang up` code ECONNRESET, no response object at all. what status code should I log for it?",
  ])("says no status came for %j", (query) => {
    const answer = ask(query);
    expect(answer?.codes.map((code) => code.code)).toEqual([0]);
  });

  it("leaves to the other intents what a server should send, what a product maps it to, and a status read", () => {
    for (const query of [
      // Advice: which status to send when it happens.
      "our BFF gets ECONNREFUSED from inventory, what status should the BFF return to the browser?",
      // A product's own code for it.
      "GCP LB logs client_disconnected_before_any_response with status 0. which code would nginx use for that?",
      // A proxy answered the client.
      "nginx: connect() failed (111: Connection refused) while connecting to upstream. what status does the client get?",
      // A status was read.
      "the ALB answered HTTP 504 after the target timed out, no response from the app. what status is that?",
      // Nothing asked about a status.
      "getaddrinfo ENOTFOUND api.internal since the dns change, any idea?",
      // Which status would be right for the failure: advice, the ranker's.
      "our gateway gets connection refused from the backend. which status code is right for that?",
      "our API gateway gets read timed out from lambda, which code is correct for the client?",
      "what status code does the preflight need to avoid a CORS error?",
      // The failure and the question are about different things.
      "I asked in #api and got no response. Which status code fits a locked account?",
      "we had a cors error earlier but fixed it; what status code for an expired coupon?",
    ]) {
      expect(ask(query), query).toBeUndefined();
    }
  });
});
