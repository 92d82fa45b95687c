import { describe, expect, it } from "vitest";
import { answer } from "../../../src/engine/answer.ts";
import { protocols } from "../../../src/engine/intents/protocols.ts";
import { engine, question } from "./ask.ts";

const ask = (query: string) => protocols(question(query), engine);

/** Each query is left to the other intents. */
function leftToOthers(queries: readonly string[]): void {
  for (const query of queries) expect(ask(query), query).toBeUndefined();
}

describe("other protocols' codes", () => {
  it.each([
    ["SMTP 550 mailbox unavailable, what does it mean?", "smtp", "550"],
    ["postfix: host said: 550 5.1.1 User unknown", "smtp", "550"],
    ["got a 421 from the smtp relay: too many connections", "smtp", "421"],
    ["FTP server replies 530 not logged in", "ftp", "530"],
    // FTP's own reply texts, with no word for FTP.
    ["425 Can't open data connection.", "ftp", "425"],
    ["226 Transfer complete.", "ftp", "226"],
    ["SIP/2.0 486 Busy Here from the PBX", "sip", "486"],
    ["websocket closed with code 1006", "websocket", "1006"],
    ["errno 104 on the socket", "errno", "104"],
    ["what does ECONNRESET mean", "errno", "ECONNRESET"],
  ])("says %j is %s's, not HTTP's, with no HTTP code", (query, protocolId, written) => {
    const result = ask(query);
    expect(result?.intent).toBe("protocol");
    expect(result?.protocol).toMatchObject({ protocolId, written });
    expect(result?.codes).toEqual([]);
  });

  it("answers a gRPC code's mapping when an HTTP status is written beside it as someone's proposal", () => {
    for (const [query, code] of [
      ["grpc-gateway OUT_OF_RANGE maps to? Jonas says we should just send 416, Diego disagrees.", 400],
      ["grpc-gateway: UNIMPLEMENTED method. what status? Hanna says we should just send 404", 501],
    ] as const) {
      const result = ask(query);
      expect(result?.intent, query).toBe("protocol");
      expect(result?.codes[0]?.code, query).toBe(code);
    }
    expect(ask("our grpc-gateway returns 500 for NOT_FOUND, what should it be?")?.codes[0]?.code).toBe(404);
    // A written status with no mapped code beside it is still the question's; so is a status line,
    // and a status asked about.
    leftToOthers([
      "smtp 550 bounced, so our API returns 500, what should it send",
      "HTTP/1.1 502 Bad Gateway, upstream said grpc-status: 14",
      "what does HTTP 429 mean? our client logs grpc UNAVAILABLE right after",
    ]);
  });

  it("answers a gRPC code with its HTTP status as grpc-gateway maps it, by number or by name", () => {
    for (const [query, code] of [
      ["grpc status 14, which http status is that?", 503],
      ["rpc error: code = NotFound through grpc-gateway", 404],
      ["DEADLINE_EXCEEDED from the grpc backend, what does the REST client get", 504],
      // With no HTTP client in the question as well: the mapping is the code's HTTP status.
      ["rpc error: code = NotFound desc = user not in cache", 404],
      ["grpc.StatusCode.UNAVAILABLE from the client", 503],
      ["grpc status 14 UNAVAILABLE what does it mean", 503],
      ["grpc NOT_FOUND", 404],
      ["grpc code 14", 503],
      ["DEADLINE_EXCEEDED grpc", 504],
      ["what http status is grpc UNAVAILABLE", 503],
      ["grpc PERMISSION_DENIED", 403],
      ["UNAUTHENTICATED grpc", 401],
      ["RESOURCE_EXHAUSTED from grpc", 429],
      ["grpc INVALID_ARGUMENT", 400],
      ["grpc ALREADY_EXISTS", 409],
      ["grpc FAILED_PRECONDITION", 400],
      ["grpc ABORTED", 409],
      ["grpc UNIMPLEMENTED", 501],
      ["grpc INTERNAL", 500],
      ["grpc UNKNOWN", 500],
      ["grpc CANCELLED", 499],
      ["grpc OUT_OF_RANGE", 400],
      ["grpc DATA_LOSS", 500],
      ["grpc OK", 200],
      // grpc-js's error message, and grpc-gateway's error body.
      ["Error: 14 UNAVAILABLE: No connection established", 503],
      ['{"code":7,"message":"missing scope","details":[]} from our grpc-gateway', 403],
    ] as const) {
      const result = ask(query);
      expect(result?.intent, query).toBe("protocol");
      expect(result?.protocol?.protocolId, query).toBe("grpc");
      expect(
        result?.codes.map((c) => c.code),
        query,
      ).toEqual([code]);
    }
    expect(answer("rpc error: code = DeadlineExceeded desc = x", engine.catalog).codes[0]?.code).toBe(504);
  });

  it("reads a gRPC name of several words in capitals without the word gRPC, but not a constant or another protocol's name", () => {
    for (const [query, code] of [
      ["RESOURCE_EXHAUSTED maps to?", 429],
      ["ALREADY_EXISTS what http", 409],
      ['the api answered "status": "PERMISSION_DENIED"', 403],
    ] as const) {
      const result = ask(query);
      expect(result?.protocol?.protocolId, query).toBe("grpc");
      expect(
        result?.codes.map((c) => c.code),
        query,
      ).toEqual([code]);
    }
    // Spring's constant, a name that is no gRPC code's, AMQP's "404 NOT_FOUND" and a tRPC error's
    // code are not gRPC's.
    expect(ask("TRPCError: PERMISSION_DENIED from our procedure")).toBeUndefined();
    leftToOthers([
      "return HttpStatus.NOT_FOUND",
      "return INTERNAL_SERVER_ERROR",
      "AMQP reply code 404 NOT_FOUND",
      // An HTTP connection is not FTP's, only its reply texts are.
      "nginx keeps the upstream connection open, we get 502 after the data connection to the backend resets",
      "the java client logs Cannot open connection after a 503 from the ALB",
      "* Closing connection 0 after HTTP/1.1 503 Service Unavailable",
    ]);
  });

  it("leaves to the other intents a question of which status to answer with when another protocol's code has no HTTP mapping", () => {
    expect(
      ask("our BFF gets ECONNREFUSED from inventory-svc, what should the BFF return to the browser"),
    ).toBeUndefined();
    expect(ask("uploads fail halfway with ENOSPC, what status should we send back")).toBeUndefined();
    // What the code means stays this intent's, and so does a person's next step, and a gRPC code,
    // whose mapping is that answer.
    expect(ask("what should I do when I get ECONNREFUSED on port 5432?")?.protocol?.protocolId).toBe("errno");
    expect(ask("we get ECONNREFUSED from inventory-svc, what does it mean")?.protocol?.protocolId).toBe(
      "errno",
    );
    expect(
      ask("grpc UNAVAILABLE from the backend, what should the gateway return")?.codes.map((c) => c.code),
    ).toEqual([503]);
  });

  it("answers two gRPC codes set against each other with both mappings", () => {
    expect(ask("grpc FAILED_PRECONDITION vs ABORTED")?.codes.map((c) => c.code)).toEqual([400, 409]);
  });

  it("gives no HTTP code for a gRPC number it does not know", () => {
    expect(answer("grpc status 17", engine.catalog).codes).toEqual([]);
  });

  it("leaves HTTP statuses to the other intents, even next to another protocol's words", () => {
    expect(ask("HTTP/1.1 503 from the SMTP gateway's admin page")).toBeUndefined();
    expect(ask("the API returns 550?")).toBeUndefined();
    expect(ask("503")).toBeUndefined();
    expect(ask("websocket upgrade returns 101 Switching Protocols")).toBeUndefined();
    expect(ask("cloudflare error code 1020")).toBeUndefined();
  });

  it("never shows the HTTP card for the same number", () => {
    for (const query of [
      "SMTP 550",
      "sip 503 service unavailable from the carrier",
      "ftp 226 transfer complete",
    ]) {
      const result = answer(query, engine.catalog);
      expect(result.intent, query).toBe("protocol");
      expect(result.codes, query).toEqual([]);
    }
  });
});
