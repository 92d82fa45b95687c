import { describe, expect, it } from "vitest";
import { renderAnswer, renderCompact } from "../../src/cards/index.ts";
import { answer } from "../../src/engine/answer.ts";
import { getCatalog } from "../../src/knowledge/load.ts";
import { expectWithinLimits } from "./limits.ts";

const catalog = getCatalog();

describe("source cards", () => {
  it("name the source first, then give the usual advice for the status", () => {
    const card = renderAnswer(answer("haproxy log shows sH-- for those requests", catalog), catalog);
    expectWithinLimits(card);
    const all = JSON.stringify(card.blocks);
    expect(JSON.stringify(card.blocks[0])).toMatch(/\*HAProxy\* answers 504 when/);
    expect(all).toMatch(/504 Gateway Timeout/);
    expect(all).toMatch(/Use it when/);
    expect(all).toMatch(/docs\.haproxy\.org/);
    const compact = renderCompact(answer("haproxy log shows sH-- for those requests", catalog), catalog);
    expect(compact.blocks.length).toBeLessThanOrEqual(3);
    expect(compact.text).toMatch(/HAProxy answers 504/);
  });
});
