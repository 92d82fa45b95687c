// CPU profiles (--profile): where each server's time went, by function (self time).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export function topFunctions(file: string, count: number): { name: string; share: number }[] {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let busy = 0;
  for (const [i, id] of profile.samples.entries()) {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === "(idle)") continue;
    const where = frame.url
      .replace(/^.*node_modules\//, "")
      .replace(/^file:\/\/.*?\/(src|bench|dist)\//, "$1/");
    const name = `${frame.functionName || "(anonymous)"}${where ? ` ${where}:${frame.lineNumber + 1}` : ""}`;
    const delta = profile.timeDeltas[i] ?? 0;
    self.set(name, (self.get(name) ?? 0) + delta);
    busy += delta;
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, time]) => ({ name, share: time / busy }));
}

/** Prints the hottest functions of each app's main-thread profile under `dir/<app>/`. */
export function printProfiles(dir: string, apps: readonly string[]): void {
  for (const name of apps) {
    // The main thread's profile has thread id 0: CPU.<date>.<time>.<pid>.0.<n>.cpuprofile.
    const file = readdirSync(join(dir, name)).find((f) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(f));
    if (!file) continue;
    console.log(`${name}: ${join(dir, name, file)}; top functions by self time (share of busy time)`);
    for (const { name: fn, share } of topFunctions(join(dir, name, file), 15)) {
      console.log(`  ${(share * 100).toFixed(1).padStart(5)}%  ${fn}`);
    }
  }
}
