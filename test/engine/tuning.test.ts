import { describe, expect, it } from "vitest";
import { readQuestion } from "../../src/engine/answer.ts";
import { HELP_FEATURES, helpFeatures } from "../../src/engine/intents/help.ts";
import { CODE_GATE_FEATURES, codeGateFeatures } from "../../src/engine/intents/numbers.ts";
import { CANDIDATE_FEATURES, CONFIDENCE_FEATURES } from "../../src/engine/search/features.ts";
import { TUNING } from "../../src/engine/tuning.ts";
import { engine } from "./intents/ask.ts";

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

// The feature vectors are written by position (src/engine/search/features.ts, positionsOf): a
// feature named in a list but never written would be a hole that the weights read as NaN.
describe("the feature vectors", () => {
  const questions = [
    "404",
    "what can you do?",
    "500 in prod :fire:",
    "room 404 is free",
    "our gateway gets ECONNREFUSED from the backend, what should it return?",
    "the client sends a JSON body that does not parse, which status should we answer with",
  ];

  it("have a finite value for every feature the weights name", () => {
    for (const query of questions) {
      const question = readQuestion(query, engine);
      const help = helpFeatures(question, engine);
      if (help) expect(help.filter(Number.isFinite), query).toHaveLength(HELP_FEATURES.length);
      const gate = codeGateFeatures(question, engine);
      if (gate) expect(gate.filter(Number.isFinite), query).toHaveLength(CODE_GATE_FEATURES.length);
      const ranking = question.ranking();
      // With no candidate there is nothing to be sure of, and no confidence vector.
      if (ranking.candidates.length > 0)
        expect(ranking.features.filter(Number.isFinite), query).toHaveLength(CONFIDENCE_FEATURES.length);
      for (const candidate of ranking.candidates)
        expect(candidate.features.filter(Number.isFinite), query).toHaveLength(CANDIDATE_FEATURES.length);
    }
  });
});
