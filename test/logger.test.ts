import { afterEach, describe, expect, it, vi } from "vitest";
import { createLogger, LogLevel, parseLogLevel, repeatedWarnings } from "../src/logger.ts";

function capture(level = LogLevel.DEBUG, secrets: string[] = []) {
  const lines: { level: string; line: string }[] = [];
  const logger = createLogger({ level, secrets, write: (at, line) => lines.push({ level: at, line }) });
  return { logger, lines };
}

describe("logger", () => {
  it("writes at or above its level only", () => {
    const { logger, lines } = capture(LogLevel.WARN);
    logger.debug("d");
    logger.info("i");
    logger.warn("w");
    logger.error("e");
    expect(lines.map((l) => l.level)).toEqual(["warn", "error"]);
    expect(lines[0]?.line).toMatch(/^\d{4}-\d\d-\d\dT.* WARN \[status-bot\] w$/);
  });

  it("never prints tokens or registered secrets", () => {
    const { logger, lines } = capture(LogLevel.DEBUG, ["8f742231b10e8888abcd99aa85a5c1f0"]);
    logger.addSecret("my-custom-app-secret-value");
    logger.info("token xoxb-1234-5678-abcdef and xapp-1-A1-2-xyzxyz and xoxp-99-88-77", {
      auth: "Bearer xoxe.xoxp-1-abc",
    });
    logger.error(new Error("secret 8f742231b10e8888abcd99aa85a5c1f0 leaked"), "my-custom-app-secret-value");
    const text = lines.map((l) => l.line).join("\n");
    expect(text).not.toMatch(/xox[bpe]-[0-9A-Za-z]/);
    expect(text).not.toContain("xapp-1");
    expect(text).not.toContain("8f742231b10e8888abcd99aa85a5c1f0");
    expect(text).not.toContain("my-custom-app-secret-value");
    expect(text).toContain("[redacted]");
  });

  it("keeps one name and follows setLevel", () => {
    const { logger, lines } = capture(LogLevel.INFO);
    logger.setName("web-api:WebClient:0");
    logger.setLevel(LogLevel.ERROR);
    logger.warn("hidden");
    logger.error("shown");
    expect(logger.getLevel()).toBe(LogLevel.ERROR);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.line).toContain("[status-bot] shown");
  });

  it("parses LOG_LEVEL", () => {
    expect(parseLogLevel("Debug")).toBe(LogLevel.DEBUG);
    expect(parseLogLevel(" warn ")).toBe(LogLevel.WARN);
    expect(parseLogLevel("verbose")).toBeUndefined();
    expect(parseLogLevel(undefined)).toBeUndefined();
  });
});

/** A record starts with its time and level; anything else on a line of its own continues one. */
const RECORD = /^\d{4}-\d\d-\d\dT\S+ (?:DEBUG|INFO|WARN|ERROR) \[/;

describe("text from users and upstreams in the log", () => {
  const page = `<html>\n<body>${"x".repeat(100_000)}</body>\r\n2026-01-01T00:00:00.000Z ERROR [status-bot] forged\n</html>`;

  it("cannot start a line of its own (line breaks and control characters are escaped)", () => {
    const { logger, lines } = capture();
    logger.warn("upstream said:", `oops\n2026-01-01T00:00:00.000Z ERROR [status-bot] forged\u001b[2J`);
    logger.warn(`failed: ${page}`);
    const text = lines.map((l) => l.line).join("\n");
    expect(text.split("\n").filter((line) => RECORD.test(line))).toHaveLength(2);
    expect(text).not.toContain("\u001b");
    expect(text).toContain("\\n2026-01-01T00:00:00.000Z ERROR [status-bot] forged\\u001b[2J");
  });

  it("is cut short: a 100 KB error page costs a couple of kilobytes", () => {
    const { logger, lines } = capture();
    logger.warn(`failed: ${page}`);
    logger.error("failed:", page);
    for (const { line } of lines) {
      expect(line.length).toBeLessThan(2_200);
      expect(line).toMatch(/more characters\]/);
    }
  });

  it("an error keeps its stack frames on lines of their own, indented; its message stays on one line", () => {
    const { logger, lines } = capture();
    logger.error("A listener failed:", new Error("bad\n2026-01-01T00:00:00.000Z INFO [status-bot] forged"));
    const [line = ""] = lines.map((l) => l.line);
    const [first = "", ...frames] = line.split("\n");
    expect(first).toContain("A listener failed: Error: bad\\n2026-01-01T00:00:00.000Z INFO");
    expect(frames.length).toBeGreaterThan(0);
    for (const frame of frames) expect(frame).toMatch(/^ {4}at /);
  });
});

describe("repeatedWarnings", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("logs a reason once per window, then how many more came", () => {
    vi.useFakeTimers();
    const { logger, lines } = capture();
    const warnings = repeatedWarnings(logger, { windowMs: 60_000 });
    for (let i = 0; i < 1_000; i++) warnings.warn("bad signature", `Refused request ${i}`);
    warnings.warn("content type", "Refused a content type");
    expect(lines.map((l) => l.line.replace(/^\S+ /, ""))).toEqual([
      "WARN [status-bot] Refused request 0",
      "WARN [status-bot] Refused a content type",
    ]);
    vi.advanceTimersByTime(60_000);
    expect(lines.map((l) => l.line.replace(/^\S+ /, "")).slice(2)).toEqual([
      "WARN [status-bot] 999 more like the last (bad signature) in the last 60 s",
    ]);
    // A new window: the next one is logged again.
    warnings.warn("bad signature", "Refused request 1000");
    expect(lines).toHaveLength(4);
  });
});
