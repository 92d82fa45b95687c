// Each correction from the RFC review (issue 8 §6) stays made.
import { describe, expect, it } from "vitest";
import type { Entry } from "../../src/knowledge/catalog.ts";
import { loadCatalog } from "../../src/knowledge/load.ts";

const catalog = loadCatalog();
const registered = (code: number): Entry => {
  const entry = catalog.registered(code);
  if (!entry) throw new Error(`no registered ${code}`);
  return entry;
};
const prose = (entry: Entry) =>
  [
    entry.summary,
    entry.meaning,
    ...entry.use_when,
    ...entry.notes,
    ...entry.avoid_when.map((a) => a.when),
  ].join(" ");
const comparisonText = (a: number, b: number) => JSON.stringify(catalog.comparison(a, b));

describe("corrections from the RFC review", () => {
  it("421: proxies still must not generate it (RFC 9110 §15.5.20)", () => {
    const text = prose(registered(421));
    expect(text).toMatch(/A proxy MUST NOT generate a 421 response/);
    expect(text).not.toMatch(/RFC 9110 has origin servers/);
  });

  it("306: a 1997 individual draft, not an earlier draft of the specification", () => {
    const entry = registered(306);
    expect(prose(entry)).toMatch(/1997/);
    expect(prose(entry)).toMatch(/individual (Internet-)?[Dd]raft/);
    expect(prose(entry)).not.toMatch(/earlier draft of the specification/);
    expect(entry.former_names[0]?.source).toMatch(/1997/);
  });

  it("416: also for an excessive number of small or overlapping ranges (§15.5.17)", () => {
    const entry = registered(416);
    expect(entry.summary).toMatch(/overlapping/);
    expect(entry.use_when.join(" ")).toMatch(/excessive number of small or overlapping ranges/);
  });

  it("100: Node.js sends 100 Continue before 'request' unless 'checkContinue' is handled", () => {
    const text = prose(registered(100));
    expect(text).toMatch(/before emitting 'request'/);
    expect(text).toMatch(/checkContinue/);
    expect(text).not.toMatch(/when the application starts reading the body/);
  });

  it("104: progress 104s carry Upload-Offset and no Location; Upload-Limit is a MUST when limits exist", () => {
    const entry = registered(104);
    const header = (name: string) => entry.headers.find((h) => h.name === name);
    expect(header("Location")?.note).toMatch(/MUST NOT carry\s+Location/);
    expect(header("Upload-Limit")?.requirement).toBe("MUST");
    expect(header("Upload-Limit")?.note).toMatch(/whenever the server applies limits/);
    expect(header("Upload-Offset")).toBeDefined();
  });

  it("104: says the temporary registration expired, what that means and when we last checked", () => {
    const note = registered(104).notes.join(" ");
    expect(note).toMatch(/2026-11-13/);
    expect(note).toMatch(/last checked on 2026-12-01/);
    expect(note).toMatch(/could not see the live registry/);
    expect(note).toMatch(/unregistered/);
  });

  it("301 vs 308: 308 does not allow changing the method; the MUST NOT is 307's", () => {
    const method = (a: number, b: number) =>
      catalog.comparison(a, b)?.differences.find((d) => /Method/.test(d.aspect));
    expect(method(301, 308)?.second).toMatch(/does not allow changing the method/i);
    expect(method(301, 308)?.second).not.toMatch(/^MUST NOT/);
    const pair = method(307, 308);
    expect(pair?.first).toMatch(/MUST NOT change the method/);
    expect(pair?.second).toMatch(/does not allow changing the method/i);
    expect(prose(registered(308))).toMatch(/does not allow changing the method/);
  });

  it("449: MS-WDV uses both Retry With and Reply With", () => {
    const entry = catalog.byName("Reply With")[0];
    expect(entry?.id).toBe("449-microsoft-iis");
    expect(entry?.notes.join(" ")).toMatch(/both phrases, "Retry With" and "Reply With"/);
  });

  it("413 vs 414: QUERY is RFC 10008, not a proposal", () => {
    const text = comparisonText(413, 414);
    expect(text).not.toMatch(/proposed QUERY/);
    expect(text).toMatch(/QUERY method \(RFC 10008/);
  });

  it("3xx advice: Location is not always required", () => {
    const advice = catalog.classInfo(3)?.advice.join(" ") ?? "";
    expect(advice).not.toMatch(/Always include a Location/);
    expect(advice).toMatch(/300 names one only when there is a preferred choice \(a SHOULD\)/);
    expect(advice).toMatch(/305 and 306 are no longer used/);
  });
});
