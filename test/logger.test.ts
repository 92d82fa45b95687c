import { describe, expect, it } from "vitest";
import { createLogger, LogLevel, parseLogLevel } from "../src/logger.ts";

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
