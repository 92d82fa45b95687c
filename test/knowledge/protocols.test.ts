import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/knowledge/load.ts";

const catalog = loadCatalog();

/** grpc-gateway's runtime.HTTPStatusFromCode (runtime/errors.go), by gRPC code number. */
const GRPC_GATEWAY: readonly (readonly [number, string, number])[] = [
  [0, "OK", 200],
  [1, "CANCELLED", 499],
  [2, "UNKNOWN", 500],
  [3, "INVALID_ARGUMENT", 400],
  [4, "DEADLINE_EXCEEDED", 504],
  [5, "NOT_FOUND", 404],
  [6, "ALREADY_EXISTS", 409],
  [7, "PERMISSION_DENIED", 403],
  [8, "RESOURCE_EXHAUSTED", 429],
  [9, "FAILED_PRECONDITION", 400],
  [10, "ABORTED", 409],
  [11, "OUT_OF_RANGE", 400],
  [12, "UNIMPLEMENTED", 501],
  [13, "INTERNAL", 500],
  [14, "UNAVAILABLE", 503],
  [15, "DATA_LOSS", 500],
  [16, "UNAUTHENTICATED", 401],
];

describe("gRPC status codes", () => {
  const grpc = catalog.protocol("grpc");

  it("has all 17 codes, numbered and named, with grpc-gateway's HTTP mapping", () => {
    expect(grpc?.codes.map((c) => [c.number, c.name, c.http])).toEqual(GRPC_GATEWAY);
    expect(grpc?.httpMapping?.link).toBe(
      "https://github.com/grpc-ecosystem/grpc-gateway/blob/main/runtime/errors.go",
    );
  });

  it.each(GRPC_GATEWAY.map(([number, name, http]) => [name, number, http]))(
    "finds %s by name and by number %i, mapped to %i",
    (name, number, http) => {
      expect(catalog.protocolCode("grpc", name)?.http).toBe(http);
      expect(catalog.protocolCode("grpc", number)?.name).toBe(name);
      expect(catalog.protocolCode("grpc", String(number))?.name).toBe(name);
    },
  );

  it("accepts the names as Go and other languages spell them", () => {
    expect(catalog.protocolCode("grpc", "Unavailable")?.number).toBe(14);
    expect(catalog.protocolCode("grpc", "NotFound")?.number).toBe(5);
    expect(catalog.protocolCode("grpc", "Canceled")?.number).toBe(1);
    expect(catalog.protocolCode("grpc", "deadline exceeded")?.number).toBe(4);
  });

  it("maps CANCELLED to nginx's 499, an unofficial code, by naming its entry", () => {
    expect(catalog.protocolCode("grpc", 1)?.httpEntryId).toBe("499-nginx");
    expect(catalog.protocolCode("grpc", 14)?.httpEntryId).toBe("503");
  });
});

describe("other protocols", () => {
  it("knows SMTP, FTP, SIP, WebSocket close codes, gRPC and errno", () => {
    expect(catalog.protocols.map((p) => p.id).sort()).toEqual([
      "errno",
      "ftp",
      "grpc",
      "sip",
      "smtp",
      "websocket",
    ]);
  });

  it("gives the words people use for each", () => {
    const keywords = (id: string) => catalog.protocol(id)?.keywords ?? [];
    expect(keywords("smtp")).toEqual(expect.arrayContaining(["smtp", "mailbox"]));
    expect(keywords("sip")).toEqual(expect.arrayContaining(["sip", "ringing"]));
    expect(keywords("websocket")).toContain("close code");
    expect(keywords("errno")).toEqual(expect.arrayContaining(["errno", "econnreset"]));
  });

  it("recognises how their codes are written", () => {
    const matches = (id: string, text: string) =>
      (catalog.protocol(id)?.patterns ?? []).some((pattern) => pattern.test(text));
    expect(matches("smtp", "550 5.1.1 The email account that you tried to reach does not exist")).toBe(true);
    expect(matches("sip", "SIP/2.0 180 Ringing")).toBe(true);
    expect(matches("grpc", "rpc error: code = Unavailable desc = connection refused")).toBe(true);
    expect(matches("errno", "recv() failed (104: Connection reset by peer)")).toBe(true);
    expect(matches("errno", "[Errno 111] Connection refused")).toBe(true);
    expect(matches("websocket", "WebSocket closed with code 1006")).toBe(true);
    expect(matches("smtp", "upgraded to version 2.5.1 yesterday")).toBe(false);
  });

  it("explains the well-known codes in one line", () => {
    const meaning = (id: string, key: number | string) => catalog.protocolCode(id, key)?.meaning ?? "";
    expect(meaning("smtp", 550)).toMatch(/[Mm]ailbox unavailable/);
    expect(meaning("smtp", "5.1.1")).toMatch(/does not exist/);
    expect(meaning("sip", 180)).toMatch(/alerting/);
    expect(catalog.protocolCode("sip", "ringing")?.number).toBe(180);
    expect(meaning("ftp", 530)).toMatch(/Not logged in/);
  });

  it("has the WebSocket close codes 1000-1015 and the meaning of the ranges", () => {
    for (let code = 1000; code <= 1015; code++) {
      expect(catalog.protocolCode("websocket", code)?.number, String(code)).toBe(code);
    }
    expect(catalog.protocolCode("websocket", 4001)?.range).toEqual([4000, 4999]);
    expect(catalog.protocolCode("websocket", 4999)?.meaning).toMatch(/[Pp]rivate use/);
    expect(catalog.protocolCode("websocket", 3000)?.range).toEqual([3000, 3999]);
    expect(catalog.protocolCode("websocket", 1006)?.meaning).toMatch(/Never sent/);
  });

  it("has the errno values of proxy logs, with their Linux names", () => {
    for (const [number, name] of [
      [104, "ECONNRESET"],
      [110, "ETIMEDOUT"],
      [111, "ECONNREFUSED"],
      [113, "EHOSTUNREACH"],
      [32, "EPIPE"],
    ] as const) {
      expect(catalog.protocolCode("errno", number)?.name).toBe(name);
      expect(catalog.protocolCode("errno", name)?.number).toBe(number);
    }
  });

  it("gives an HTTP mapping only where a standard one exists", () => {
    for (const protocol of catalog.protocols) {
      const mapped = protocol.codes.filter((c) => c.http !== undefined);
      if (protocol.httpMapping) expect(mapped.length, protocol.id).toBe(protocol.codes.length);
      else expect(mapped, protocol.id).toEqual([]);
      for (const code of mapped) expect(catalog.entry(code.httpEntryId ?? "")?.code).toBe(code.http);
    }
    for (const protocol of catalog.protocols) expect(new URL(protocol.link).protocol).toBe("https:");
  });

  it("finds nothing for unknown protocols or codes", () => {
    expect(catalog.protocolCode("gopher", 1)).toBeUndefined();
    expect(catalog.protocolCode("smtp", 299)).toBeUndefined();
    expect(catalog.protocolCode("websocket", 5000)).toBeUndefined();
  });
});
