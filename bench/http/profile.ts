// CPU profiles (--profile): where each server's time went, by function: self time (the function's
// own code) and total time (the function and everything it called, each sample counted once per
// function however deep it recurses), as shares of the busy time.
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Busy time, µs (idle samples left out). */
  readonly busyMicros: number;
  readonly self: { name: string; share: number }[];
  readonly total: { name: string; share: number }[];
}

function nameOf(frame: ProfileNode["callFrame"]): string {
  const where = frame.url
    .replace(/^.*node_modules\//, "")
    .replace(/^file:\/\/.*?\/(src|bench|dist)\//, "$1/");
  return `${frame.functionName || "(anonymous)"}${where ? ` ${where}:${frame.lineNumber + 1}` : ""}`;
}

export function summarise(file: string, count: number): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let busy = 0;
  for (const [i, id] of profile.samples.entries()) {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === "(idle)") continue;
    // The first sample's delta is the time since the profile started, not a sample's.
    const delta = i === 0 ? 0 : (profile.timeDeltas[i] ?? 0);
    const leaf = nameOf(frame);
    self.set(leaf, (self.get(leaf) ?? 0) + delta);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (!node || node.callFrame.functionName === "(root)") continue;
      const name = nameOf(node.callFrame);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + delta);
    }
    busy += delta;
  }
  const top = (times: Map<string, number>) =>
    [...times]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, time]) => ({ name, share: busy ? time / busy : 0 }));
  return { busyMicros: busy, self: top(self), total: top(total) };
}

/** Prints the hottest functions of each app's profile for one scenario. */
export function printProfiles(label: string, profiles: readonly { name: string; file: string }[]): void {
  for (const { name, file } of profiles) {
    const { self, total } = summarise(file, 25);
    console.log(`${label}, ${name}: ${file}`);
    console.log(`  ${"self".padStart(5)}  function (by self time)`);
    for (const { name: fn, share } of self.slice(0, 15))
      console.log(`  ${(share * 100).toFixed(1).padStart(5)}%  ${fn}`);
    console.log(`  ${"total".padStart(5)}  function (by total time)`);
    for (const { name: fn, share } of total) console.log(`  ${(share * 100).toFixed(1).padStart(5)}%  ${fn}`);
  }
}
