import { describe, expect, it } from "vitest";
import { answer } from "../../../src/engine/answer.ts";
import { sources } from "../../../src/engine/intents/sources.ts";
import { engine, question } from "./ask.ts";

const ask = (query: string) => sources(question(query), engine);
const where = (query: string) => ask(query)?.sources?.[0]?.sourceId;
const code = (query: string) => ask(query)?.codes[0]?.entryId;

describe("where a status comes from", () => {
  it.each([
    [
      "2024/05/01 10:00:00 [error] 31#31: *100 upstream timed out (110: Connection timed out) while reading response header from upstream",
      "nginx",
      "504",
    ],
    ["no live upstreams while connecting to upstream", "nginx", "502"],
    ["CSRF verification failed. Request aborted.", "django", "403"],
    ['envoy: [2024-03-12T10:01:02.123Z] "GET /healthz HTTP/1.1" 503 UH 0 19 0 - "-"', "envoy", "503"],
    ["haproxy log shows sH-- for those requests", "haproxy", "504"],
    ["ActiveRecord::RecordNotFound (Couldn't find User with 'id'=42)", "rails", "404"],
  ])("names the source of %j", (query, source, entryId) => {
    expect(ask(query)?.intent).toBe("source");
    expect(where(query)).toBe(source);
    expect(code(query)).toBe(entryId);
  });

  it("reads a proxy's own log of a refused backend as the proxy's answer, not as a client that got nothing", () => {
    const query =
      'go httputil.ReverseProxy logs "http: proxy error: dial tcp 10.0.3.4:8080: connect: connection refused", what did the client get?';
    expect(where(query)).toBe("go-net-http");
    expect(code(query)).toBe("502");
    const nginx =
      '[error] 19#19: *210 SSL_do_handshake() failed (SSL: error:0A000086:SSL routines::certificate verify failed) while SSL handshaking to upstream, client: 10.0.0.2, request: "GET /api HTTP/1.1"';
    expect(answer(nginx, engine.catalog).codes[0]?.code).toBe(502);
  });

  it("takes the status from the question when the source reports whatever came", () => {
    expect(where("axios: Request failed with status code 404")).toBe("axios");
    expect(code("axios: Request failed with status code 404")).toBe("404");
  });

  it("never takes a bare status field for a source's signal", () => {
    // Heroku's router logs status=503, as every access log does.
    expect(ask("level=error msg=upstream status=503 latency_ms=2048 path=/api/orders")).toBeUndefined();
    expect(where('heroku router: at=error code=H12 desc="Request timeout" status=503')).toBe("heroku-router");
  });

  it("tells the Kubernetes API server's two timeouts apart", () => {
    expect(
      code(
        "kubectl: Error from server (ServerTimeout): the server cannot complete the requested operation at this time",
      ),
    ).toBe("500");
    expect(
      code(
        '{"kind":"Status","status":"Failure","reason": "Timeout","code":504} from the kubernetes apiserver',
      ),
    ).toBe("504");
  });

  it("reads a situation told in everyday words", () => {
    expect(
      answer(
        "cloudflare in front, our origin firewall refuses cloudflare IPs on 443, which cloudflare code shows up",
        engine.catalog,
      ).codes[0]?.code,
    ).toBe(521);
    expect(
      answer(
        "aws security group only allows my home ip and cloudflare can't reach the origin at all. which cf code is that?",
        engine.catalog,
      ).codes[0]?.code,
    ).toBe(522);
    expect(
      answer(
        "someone sends plain http to our nginx 443 listener, what nginx-specific code is logged",
        engine.catalog,
      ).codes[0]?.entryId,
    ).toBe("497-nginx");
  });

  it("answers a source named with a situation or a registered code", () => {
    expect(where("what does django return on a csrf failure?")).toBe("django");
    expect(code("what does django return on a csrf failure?")).toBe("403");
    const haproxy = ask("why does HAProxy answer 503?");
    expect(haproxy?.sources?.every((match) => match.sourceId === "haproxy")).toBe(true);
    expect(haproxy?.codes[0]?.code).toBe(503);
  });

  it("needs more than a status's own name, a plain word or a short flag out of context", () => {
    for (const query of [
      "413 Request Entity Too Large",
      "what does UH mean",
      "please review my PR",
      "express my thanks to the team",
      "I couldn't find the docs",
      "nginx 499",
      "cloudflare 522",
      "403",
    ]) {
      expect(ask(query), query).toBeUndefined();
    }
  });

  it("reads a product's own error code of three words or more as its signal, not an exception's or a status's name", () => {
    expect(code("NoSuchBucket")).toBe("404");
    expect(where("NoSuchBucket")).toBe("aws-s3");
    expect(where("SignatureDoesNotMatch")).toBe("aws-s3");
    // Exception classes are written by many products: JAX-RS's NotFoundException is not NestJS's.
    expect(where("javax.ws.rs.NotFoundException: HTTP 404 Not Found in our Quarkus service")).toBeUndefined();
    for (const query of ["InternalServerError", "MethodNotAllowed", "HttpMessageNotReadableException"]) {
      expect(ask(query), query).toBeUndefined();
    }
    // Signals with a status's name in them keep their strength: only one-word identifiers are split.
    expect(where("code=405, message=Method Not Allowed")).toBe("labstack-echo");
    expect(where("Invalid CSRF Token on POST /login")).toBe("spring-boot");
    expect(where('{"detail":"Method Not Allowed"}')).toBe("fastapi");
  });

  it("keeps nginx's header timeout to its own log line, not any client that timed out", () => {
    expect(code("*8 client timed out (110: Connection timed out) while reading client request headers")).toBe(
      "408",
    );
    // send_timeout: the status was sent already, and nginx answers no 408.
    expect(
      code("*8 client timed out (110: Connection timed out) while sending to client, client: 10.0.0.1"),
    ).not.toBe("408");
    expect(
      ask("my http client timed out after 5s and got no response at all, what happened")?.codes ?? [],
    ).not.toContainEqual(expect.objectContaining({ code: 408 }));
  });

  it("says a failure below HTTP has no status, even asked which status it was", () => {
    for (const query of [
      "`curl: (28) Operation timed out after 30001 milliseconds with 0 bytes received` which status was it?",
      "curl: (6) Could not resolve host: api.example.org, status code?",
    ]) {
      const result = ask(query);
      expect(result?.intent, query).toBe("source");
      expect(result?.sources?.[0]?.sourceId, query).toBe("curl");
      expect(result?.codes, query).toEqual([]);
    }
    for (const [query, source] of [
      ["chrome shows net::ERR_CONNECTION_RESET, what status did nginx send?", "browser"],
      ["GET https://api.example.org/v1/me net::ERR_NAME_NOT_RESOLVED, which http status is that", "browser"],
      [
        ".net HttpClient throws TaskCanceledException after exactly 100 seconds, what status code is that",
        "dotnet-httpclient",
      ],
      [
        'OkHttp: java.net.UnknownHostException: Unable to resolve host "api.example.com", what http code is it?',
        "okhttp",
      ],
      [
        "requests.exceptions.SSLError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed. what http status is that?",
        "requests",
      ],
      ["2024/03/14 09:12:33 http: TLS handshake error from 10.0.0.3:51514: EOF", "go-net-http"],
    ] as const) {
      const result = ask(query);
      expect(result?.sources?.[0]?.sourceId, query).toBe(source);
      expect(result?.codes, query).toEqual([]);
    }
  });

  it("prefers the fact more of whose signals are in the text", () => {
    expect(
      code(
        'DRF with SessionAuthentication only: an anonymous client gets "Authentication credentials were not provided."',
      ),
    ).toBe("403");
  });

  it("leaves a logged status that no matched fact names to the codes intent", () => {
    // HAProxy's PR-- usually comes with 503, but this log says 429 was sent.
    const log =
      'haproxy[77]: 10.0.0.1:5000 [01/Dec/2026:09:00:00.000] fe fe/<NOSRV> 0/-1/-1/-1/0 429 117 - - PR-- 1/1/0/0/0 0/0 "POST /sms HTTP/1.1"';
    expect(ask(log)).toBeUndefined();
    expect(answer(log, engine.catalog).codes[0]?.code).toBe(429);
  });

  it("leaves two codes set against each other to the comparison", () => {
    const query = "haproxy logged 408 here and 504 there, 408 vs 504: who timed out on whom?";
    expect(ask(query)).toBeUndefined();
    expect(answer(query, engine.catalog).intent).toBe("compare");
  });

  it("reads the 1xxx errors of Cloudflare's pages", () => {
    expect(code("Error 1015 You are being rate limited")).toBe("429");
    expect(code("Error 1033 Argo Tunnel error on our site")).toBe("530-cloudflare");
  });

  it("comes before other protocols: an errno in an nginx line is a detail of the line", () => {
    const log =
      "2024/05/01 10:00:00 [error] 1234#1234: *5678 recv() failed (104: Connection reset by peer) while reading response header from upstream";
    const result = answer(log, engine.catalog);
    expect(result.intent).toBe("source");
    expect(result.codes[0]?.code).toBe(502);
  });
});
