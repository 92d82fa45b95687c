import { describe, expect, it } from "vitest";
import { readCues } from "../../../src/engine/search/features.ts";
import { question } from "../intents/ask.ts";

function roles(query: string, code: number) {
  return readCues(question(query)).roles.get(code);
}

describe("cues of a question", () => {
  it("reads whether a question asks for a code", () => {
    for (const query of [
      "what should the api return for an expired token",
      "which status fits that?",
      "is there a more precise code?",
      "302 or 307 for that?",
      "better option?",
    ]) {
      expect(readCues(question(query)).asksForCode, query).toBe(true);
    }
    expect(readCues(question("we see 500s in the logs after the deploy")).asksForCode).toBe(false);
  });

  it("reads the role of each code written", () => {
    expect(roles("the middleware currently returns 403 and the frontend breaks", 403)?.current).toBe(true);
    expect(roles("should I use 409 here?", 409)?.proposed).toBe(true);
    expect(roles("is 412 correct for this?", 412)?.proposed).toBe(true);
    expect(roles("302 or 307 for that?", 302)?.option).toBe(true);
    expect(roles("302 or 307 for that?", 307)?.option).toBe(true);
    expect(roles("what do we send instead of the 100?", 100)?.negative).toBe(true);
    expect(roles("what is 460 and should we care?", 460)?.identity).toBe(true);
    expect(roles("HTTP 503 from the gateway", 503)?.status).toBe(true);
  });

  it("tells instructions to people from questions", () => {
    expect(readCues(question("deploy the app please")).command).toBe(true);
    expect(readCues(question("merge it")).command).toBe(true);
    // Asking an assistant to do something else is an instruction too.
    expect(readCues(question("translate hello to spanish")).command).toBe(true);
    expect(readCues(question("summarize this thread for me")).command).toBe(true);
    expect(readCues(question("what should I return when the app is being deployed?")).command).toBe(false);
  });

  it("reads the same cues in the other languages people ask in", () => {
    for (const query of [
      "nosso gateway ta retornando 500 quando o cartão é recusado. qual status a gente deveria mandar?",
      "wenn access token expired ist, gibt der filter 403 zurück. welcher status ist richtig?",
      "login endpointinde 404 donuyoruz, yanlis credentials icin dogru kod hangisi?",
      "abhi status 200 with errors list. kaunsa code use karu?",
      "si on recoit un PUT sans If-Match, quel code?",
    ]) {
      expect(readCues(question(query)).asksForCode, query).toBe(true);
    }
    // English words that look like them are not enough, nor "of" between two numbers.
    expect(
      readCues(question("was this deploy fine? the logs show 502s, which is odd")).asksForAlternative,
    ).toBe(false);
    expect(roles("the ALB answered 502 on 200 of 300 requests last night, why?", 200)?.option).toBe(false);
    // Letters Unicode does not decompose: Polish ł, Vietnamese đ.
    expect(
      readCues(question("endpoint zwraca 500 gdy karta jest odrzucona, jaki byłby właściwy kod?"))
        .asksForCode,
    ).toBe(true);
    expect(roles("nosso gateway ta retornando 500 quando o cartão é recusado", 500)?.current).toBe(true);
    expect(roles("login endpointinde 404 donuyoruz cunku user not found", 404)?.current).toBe(true);
    expect(roles("unser spring filter gibt 403 zurück", 403)?.current).toBe(true);
    expect(roles("qual a diferença entre 404 e 410?", 404)?.option).toBe(true);
    expect(roles("400 ile 404 arasindaki fark ne?", 404)?.option).toBe(true);
    expect(roles("on renvoie 404 ou bien 410 pour une ressource supprimée ?", 404)?.option).toBe(true);
    expect(roles("ist 403 korrekt für abgelaufenes token?", 403)?.proposed).toBe(true);
    expect(readCues(question("ist 403 korrekt oder sollte es was anderes sein?")).asksForAlternative).toBe(
      true,
    );
  });

  it("reads a client's failure that no HTTP response answered", () => {
    for (const query of [
      "axios in node gives `Error: getaddrinfo ENOTFOUND api.internal.local`. what status code is that?",
      "`curl: (52) Empty reply from server` hitting our go service, which status is that?",
      "fetch gives TypeError: Failed to fetch and response.status is 0",
      "my http client timed out after 5s and got no response at all, what happened",
      "tls: handshake failure when calling the partner api from our go service",
      "curl -w '%{http_code}' prints 000 for the health check",
      'android client receives "java.net.SocketTimeoutException: timeout", which HTTP code should I log?',
      "AxiosError: timeout of 10000ms exceeded with code ECONNABORTED on /bulk-import",
      "the request shows status (failed) in the network tab, what http status is that?",
    ]) {
      expect(readCues(question(query)).noResponse, query).toBe(true);
    }
    for (const query of [
      // A proxy answered the client for the failure: its status is the answer.
      "nginx: connect() failed (111: Connection refused) while connecting to upstream, what does the client get",
      "the ALB returns something when the target refuses the connection, which code?",
      // A status was read.
      "HTTP 502 after the upstream reset the connection",
      // Not the placeholder: a count.
      "we served 10,000 requests with no errors",
      "server is at 10 000 concurrent connections and full, what status should it send?",
      // What a server should send when it happens is a design question.
      "the partner asks what status to send when their webhook gets no reply from our handler within 5s",
      // A response with no body is a response.
      "a health check endpoint with no response body, what status is best?",
    ]) {
      expect(readCues(question(query)).noResponse, query).toBe(false);
    }
  });
});
