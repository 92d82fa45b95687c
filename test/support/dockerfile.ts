/**
 * A Dockerfile read into stages and instructions, for tests that check what an image does without
 * a Docker engine: line continuations joined, comments dropped, `${ARG}` defaults substituted in
 * FROM lines. Enough of the format for this project's Dockerfile, not all of it.
 */

export interface Instruction {
  /** Upper case: FROM, RUN, COPY, ENV, USER, CMD, HEALTHCHECK... */
  readonly keyword: string;
  /** Everything after the keyword, continuations joined. */
  readonly args: string;
}

export interface Stage {
  readonly name: string | undefined;
  /** The base image, with ARG defaults substituted. */
  readonly image: string;
  readonly instructions: readonly Instruction[];
}

export function parseDockerfile(text: string): Stage[] {
  const logical: string[] = [];
  let current = "";
  for (const raw of text.split("\n")) {
    const line = raw.trimEnd();
    if (current === "" && /^\s*(#|$)/.test(line)) continue;
    if (line.endsWith("\\")) {
      current += `${line.slice(0, -1).trim()} `;
      continue;
    }
    logical.push(`${current}${line.trim()}`);
    current = "";
  }
  const args = new Map<string, string>();
  const stages: { name: string | undefined; image: string; instructions: Instruction[] }[] = [];
  for (const line of logical) {
    const [, keyword = "", rest = ""] = line.match(/^(\S+)\s*(.*)$/) ?? [];
    const instruction = { keyword: keyword.toUpperCase(), args: rest };
    if (instruction.keyword === "ARG" && stages.length === 0) {
      const [name = "", value = ""] = rest.split("=", 2);
      args.set(name.trim(), value.trim());
      continue;
    }
    if (instruction.keyword === "FROM") {
      const [, image = "", name] = rest.match(/^(\S+)(?:\s+AS\s+(\S+))?$/i) ?? [];
      stages.push({
        name,
        image: image.replace(/\$\{?(\w+)\}?/g, (_all, arg: string) => args.get(arg) ?? ""),
        instructions: [],
      });
      continue;
    }
    stages.at(-1)?.instructions.push(instruction);
  }
  return stages;
}

/** The instructions of a stage with this keyword. */
export function all(stage: Stage, keyword: string): Instruction[] {
  return stage.instructions.filter((instruction) => instruction.keyword === keyword);
}

/** ENV instructions as a map (`ENV A=1 B=2` and `ENV A 1`). */
export function environment(stage: Stage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const { args } of all(stage, "ENV")) {
    const pairs = [...args.matchAll(/(\w+)=("[^"]*"|\S+)/g)];
    if (pairs.length > 0)
      for (const [, key = "", value = ""] of pairs) env[key] = value.replace(/^"|"$/g, "");
    else {
      const [key = "", ...value] = args.split(/\s+/);
      env[key] = value.join(" ");
    }
  }
  return env;
}

/** An exec-form command (`["node", "dist/index.js"]`); undefined for the shell form. */
export function execForm(args: string): string[] | undefined {
  try {
    const parsed: unknown = JSON.parse(args);
    return Array.isArray(parsed) && parsed.every((part) => typeof part === "string") ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** COPY's flags, sources and destination. */
export function copyOf(args: string): { from?: string; sources: string[]; destination: string } {
  const words = args.split(/\s+/);
  const flags = words.filter((word) => word.startsWith("--"));
  const paths = words.filter((word) => !word.startsWith("--"));
  const from = flags.find((flag) => flag.startsWith("--from="))?.slice("--from=".length);
  return { ...(from ? { from } : {}), sources: paths.slice(0, -1), destination: paths.at(-1) ?? "" };
}
