import { spawn } from "node:child_process";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/ask.ts";

/**
 * `npm run ask`: its exit codes, standard output and standard error. Most cases call main() in
 * this process, with the console captured; the two that read standard input or depend on how the
 * program is started run it as a user does, in a child process through tsx.
 */

const root = new URL("../..", import.meta.url).pathname;

/** main() with console.log and console.error captured. */
async function run(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...parts: unknown[]) => {
    stdout.push(parts.join(" "));
  });
  vi.spyOn(console, "error").mockImplementation((...parts: unknown[]) => {
    stderr.push(parts.join(" "));
  });
  const code = await main(args);
  return { code, stdout: stdout.join("\n"), stderr: stderr.join("\n") };
}

afterEach(() => {
  vi.restoreAllMocks();
});

/** `node --import tsx src/cli/ask.ts ...args` with `stdin` on standard input. */
function spawnAsk(
  args: string[],
  stdin: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/ask.ts", ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? root },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe("npm run ask", () => {
  it("--json prints one object: query, intent, codes best first, text and blocks; exit 0", async () => {
    const result = await run(["--json", "401 vs 403"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0] ?? "");
    expect(answer).toMatchObject({ query: "401 vs 403", intent: "compare", codes: [401, 403] });
    expect(typeof answer.text).toBe("string");
    expect(Array.isArray(answer.blocks) && answer.blocks.length > 0).toBe(true);
  });

  it("--json lists no code for a tool's no-response placeholder, while the card still explains it", async () => {
    const answer = JSON.parse((await run(["--json", "curl says 000"])).stdout);
    expect(answer.codes).toEqual([]);
    expect(answer.text).toMatch(/000/);
    expect(JSON.parse((await run(["--json", "curl says 504"])).stdout).codes[0]).toBe(504);
  });

  it("--help prints the usage; exit 0", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^usage: npm run ask/);
  });

  it.each<[string[], RegExp]>([
    [["--frobnicate", "404"], /unknown option --frobnicate/],
    [["--json", "--jsonl"], /--json and --jsonl do not go together/],
    [["--json"], /--json needs a question/],
    [["--jsonl", "404"], /--jsonl reads questions from standard input/],
  ])("usage error %j: says what is wrong and how to use it, on stderr; exit 2", async (args, problem) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(problem);
    expect(result.stderr).toContain("usage: npm run ask");
  });

  it("as a program: --jsonl answers each line of standard input with one object, in order; exit 0", async () => {
    const questions = ["404", "payload too large", "5xx", "", "asdf qwerty zxcv"];
    const result = await spawnAsk(["--jsonl"], `${questions.join("\n")}\n`);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const answers = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(answers.map((answer) => answer.query)).toEqual(questions);
    expect(answers[0]).toMatchObject({ intent: "code", codes: [404] });
    expect(answers[1]).toMatchObject({ codes: [413] });
    expect(answers[2]).toMatchObject({ intent: "class", class: 5 });
    expect(answers[4]?.intent).toBe("unknown");
  });

  it("as a program: a question prints the card as plain text when the output is not a terminal; no question is exit 2", async () => {
    const [card, none] = await Promise.all([spawnAsk(["503"], ""), spawnAsk([], "")]);
    expect(card.code).toBe(0);
    expect(card.stdout).toContain("503 Service Unavailable");
    expect(card.stdout).not.toContain("\u001b[");
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no question given[\s\S]*usage: npm run ask/);
  });
});
