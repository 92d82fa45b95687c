// CPU cost of answer() on questions not seen before: the HTTP bench's distinct questions asked in
// rotation, each on a fresh catalog-level warm engine but a new Question every time.
//   npx tsx bench/cpu.ts [--rounds=20] [--once]   (--once: a single pass, for callgrind)
import { answer, engineFor } from "../src/engine/answer.ts";
import { getCatalog } from "../src/knowledge/load.ts";
import { distinctQuestions } from "./queries.ts";

const args = process.argv.slice(2);
const rounds = Number(args.find((a) => a.startsWith("--rounds="))?.slice(9) ?? 20);
const catalog = getCatalog();
engineFor(catalog);
const questions = distinctQuestions(catalog);
for (const q of questions) answer(q, catalog);
const passes = args.includes("--once") ? 1 : rounds;
// Instruction counts: callgrind with --rounds=0 and --rounds=2; the difference over 2 × 672 is per question.
const start = process.cpuUsage();
for (let r = 0; r < passes; r++) for (const q of questions) answer(q, catalog);
const used = process.cpuUsage(start);
const n = passes * questions.length;
console.log(
  n === 0
    ? `${questions.length} distinct questions, warm-up only`
    : `${questions.length} distinct questions × ${passes}: ${((used.user + used.system) / n).toFixed(1)} µs CPU/question`,
);
