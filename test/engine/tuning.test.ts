import { describe, expect, it } from "vitest";
import { HELP_FEATURES } from "../../src/engine/intents/help.ts";
import { CODE_GATE_FEATURES } from "../../src/engine/intents/numbers.ts";
import { CANDIDATE_FEATURES, CONFIDENCE_FEATURES } from "../../src/engine/search/features.ts";
import { TUNING } from "../../src/engine/tuning.ts";

// The learned weights are written by bench/train.ts; a feature added, renamed or dropped since means
// the weights are stale: retrain (npx tsx bench/train.ts).
describe("the learned weights", () => {
  it("weigh exactly the ranker's candidate features", () => {
    expect(Object.keys(TUNING.ranker.candidate).sort()).toEqual([...CANDIDATE_FEATURES].sort());
    for (const unit of TUNING.ranker.hidden) {
      expect(Object.keys(unit.weights).sort()).toEqual([...CANDIDATE_FEATURES].sort());
    }
  });

  it("weigh exactly the confidence features, for short questions and for long ones", () => {
    for (const gate of [TUNING.ranker.confidence.short, TUNING.ranker.confidence.long]) {
      expect(Object.keys(gate.weights).sort()).toEqual([...CONFIDENCE_FEATURES].sort());
      expect(gate.acceptAbove).toBeGreaterThan(0);
      expect(gate.acceptAbove).toBeLessThan(1);
    }
  });

  it("weigh exactly the help detector's features and the code gate's", () => {
    expect(Object.keys(TUNING.help.weights).sort()).toEqual([...HELP_FEATURES].sort());
    expect(Object.keys(TUNING.codeGate.weights).sort()).toEqual([...CODE_GATE_FEATURES].sort());
    for (const gate of [TUNING.help, TUNING.codeGate]) {
      expect(gate.acceptAbove).toBeGreaterThan(0);
      expect(gate.acceptAbove).toBeLessThan(1);
    }
  });

  it("come with training examples, each labelled with HTTP codes", () => {
    expect(TUNING.ranker.examples.length).toBeGreaterThan(500);
    for (const example of TUNING.ranker.examples) {
      expect(example.text.length).toBeGreaterThan(0);
      for (const code of example.codes) expect(code).toBeGreaterThanOrEqual(0);
    }
  });
});
