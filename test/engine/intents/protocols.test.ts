import { describe, expect, it } from "vitest";
import { answer } from "../../../src/engine/answer.ts";
import { protocols } from "../../../src/engine/intents/protocols.ts";
import { engine, question } from "./ask.ts";

const ask = (query: string) => protocols(question(query), engine);

describe("other protocols' codes", () => {
  it.each([
    ["SMTP 550 mailbox unavailable, what does it mean?", "smtp", "550"],
    ["postfix: host said: 550 5.1.1 User unknown", "smtp", "550"],
    ["got a 421 from the smtp relay: too many connections", "smtp", "421"],
    ["FTP server replies 530 not logged in", "ftp", "530"],
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

  it("maps gRPC codes to HTTP as grpc-gateway does, by number or by name, where HTTP is asked", () => {
    expect(ask("grpc status 14, which http status is that?")?.codes.map((c) => c.code)).toEqual([503]);
    expect(ask("rpc error: code = NotFound through grpc-gateway")?.codes.map((c) => c.code)).toEqual([404]);
    expect(
      ask("DEADLINE_EXCEEDED from the grpc backend, what does the REST client get")?.codes[0]?.code,
    ).toBe(504);
    expect(answer("rpc error: code = DeadlineExceeded desc = x", engine.catalog).intent).toBe("protocol");
  });

  it("says a gRPC error with no HTTP client in sight is gRPC's: no HTTP code (the card shows the mapping)", () => {
    for (const query of [
      "rpc error: code = NotFound desc = user not in cache",
      "grpc.StatusCode.UNAVAILABLE from the client",
      "grpc status 14 UNAVAILABLE what does it mean",
    ]) {
      const result = ask(query);
      expect(result?.intent, query).toBe("protocol");
      expect(result?.protocol?.protocolId, query).toBe("grpc");
      expect(result?.codes, query).toEqual([]);
    }
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
