import { describe, expect, it } from "vitest";
import { DEFAULT_COMMAND } from "../../src/cards/command.ts";
import { renderAnswer, renderHome } from "../../src/cards/index.ts";
import { answer } from "../../src/engine/answer.ts";
import { getCatalog } from "../../src/knowledge/load.ts";

const catalog = getCatalog();

/** Every backquoted slash command a card teaches (`/httpstatus 403` -> /httpstatus). */
function commandsTaught(value: unknown): string[] {
  return [...new Set([...JSON.stringify(value).matchAll(/`(\/[a-z0-9_-]+)\b/g)].map((m) => m[1] ?? ""))];
}

describe("the slash command cards teach", () => {
  it("is the manifest's by default: help, 'not sure' and the Home tab", () => {
    expect(DEFAULT_COMMAND).toBe("/httpstatus");
    expect(commandsTaught(renderAnswer(answer("help", catalog), catalog))).toEqual([DEFAULT_COMMAND]);
    expect(commandsTaught(renderAnswer(answer("pizza recipe", catalog), catalog))).toEqual([DEFAULT_COMMAND]);
    expect(commandsTaught(renderHome(catalog))).toEqual([DEFAULT_COMMAND]);
    expect(renderAnswer(answer("help", catalog), catalog).text).toContain(`${DEFAULT_COMMAND} followed by`);
  });

  it("is the one the person used, when given", () => {
    const command = "/codes";
    expect(commandsTaught(renderAnswer(answer("help", catalog), catalog, { command }))).toEqual([command]);
    expect(renderAnswer(answer("help", catalog), catalog, { command }).text).toContain("/codes followed by");
    expect(commandsTaught(renderAnswer(answer("pizza recipe", catalog), catalog, { command }))).toEqual([
      command,
    ]);
    expect(commandsTaught(renderHome(catalog, undefined, { command }))).toEqual([command]);
  });

  it("help says that a plain 'status 403' in a channel is explained too", () => {
    const help = JSON.stringify(renderAnswer(answer("help", catalog), catalog).blocks);
    expect(help).toContain("`status 403`");
  });
});
