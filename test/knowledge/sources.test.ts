import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/knowledge/load.ts";

const catalog = loadCatalog();

const REQUIRED: Record<string, readonly string[]> = {
  framework: [
    "express",
    "nestjs",
    "django",
    "django-rest-framework",
    "fastapi",
    "flask",
    "spring-boot",
    "rails",
    "laravel",
    "aspnet-core",
    "go-net-http",
  ],
  server: ["nginx", "apache", "envoy", "haproxy"],
  edge: ["aws-alb", "aws-api-gateway", "cloudflare", "ingress-nginx"],
  client: ["axios", "fetch", "requests", "okhttp"],
  spec: ["graphql-over-http", "idempotency-key"],
};

/** The one fact of a source about a code in a situation. */
function fact(sourceId: string, situation: string, code?: number) {
  const found = catalog
    .sourceById(sourceId)
    ?.facts.filter((f) => f.situation === situation && (code === undefined || f.code === code));
  expect(found?.length, `${sourceId} ${situation} ${code ?? ""}`).toBeGreaterThan(0);
  return found?.[0];
}

describe("sources", () => {
  it.each(Object.entries(REQUIRED).flatMap(([kind, ids]) => ids.map((id) => [id, kind])))(
    "knows %s (%s)",
    (id, kind) => {
      expect(catalog.sourceById(id)?.kind).toBe(kind);
    },
  );

  it("finds sources by the names people type", () => {
    for (const [name, id] of [
      ["k8s ingress", "ingress-nginx"],
      ["Ingress NGINX", "ingress-nginx"],
      ["aws elb", "aws-alb"],
      ["ALB", "aws-alb"],
      ["spring", "spring-boot"],
      ["DRF", "django-rest-framework"],
      ["undici", "fetch"],
      ["node-fetch", "fetch"],
      ["asp.net core", "aspnet-core"],
      ["net/http", "go-net-http"],
      ["istio", "envoy"],
      ["api gateway", "aws-api-gateway"],
      ["Idempotency-Key", "idempotency-key"],
    ] as const) {
      expect(catalog.sourceByName(name)?.id, name).toBe(id);
    }
    expect(catalog.sourceByName("go")).toBeUndefined();
  });

  it("grounds every fact in an https link and one sentence of our own", () => {
    expect(catalog.facts.length).toBeGreaterThanOrEqual(150);
    for (const f of catalog.facts) {
      const label = `${f.sourceId} #${f.index}`;
      expect(new URL(f.link).protocol, label).toBe("https:");
      expect(f.what.length, label).toBeGreaterThan(20);
    }
    for (const source of catalog.sources) expect(new URL(source.home).protocol, source.id).toBe("https:");
  });

  it("refers only to codes and entries of the catalog, and to known situations", () => {
    const situations = new Set([...catalog.situations.map((s) => s.id), "other"]);
    for (const f of catalog.facts) {
      const label = `${f.sourceId} #${f.index}`;
      expect(situations.has(f.situation), label).toBe(true);
      if (f.code === undefined) {
        expect(f.entryId, label).toBeUndefined();
        continue;
      }
      expect(catalog.byCode(f.code).length, label).toBeGreaterThan(0);
      expect(catalog.entry(f.entryId ?? "")?.code, label).toBe(f.code);
    }
  });

  it("references the vendor codes of unofficial.yaml instead of repeating them", () => {
    expect(fact("nginx", "client-closed", 499)?.entryId).toBe("499-nginx");
    expect(fact("aws-alb", "client-closed", 460)?.entryId).toBe("460-aws-elastic-load-balancing");
    expect(fact("aws-alb", "headers-too-large", 463)?.entryId).toBe("463-aws-elastic-load-balancing");
    expect(fact("cloudflare", "upstream-refused", 521)?.entryId).toBe("521-cloudflare");
    expect(fact("cloudflare", "upstream-timeout", 524)?.entryId).toBe("524-cloudflare");
    expect(fact("laravel", "csrf-failure", 419)?.entryId).toBe("419-laravel");
    const vendorFacts = catalog.facts.filter((f) => f.code !== undefined && !catalog.registered(f.code));
    for (const f of vendorFacts) expect(catalog.entry(f.entryId ?? "")?.registered, f.sourceId).toBe(false);
  });

  it("indexes facts by code, entry and situation, built once", () => {
    expect(catalog.factsForCode(504)).toBe(catalog.factsForCode(504));
    expect(catalog.factsForCode(504).map((f) => f.sourceId)).toEqual(
      expect.arrayContaining(["nginx", "haproxy", "envoy", "aws-alb", "aws-api-gateway", "ingress-nginx"]),
    );
    expect(catalog.factsForEntry("499-nginx").map((f) => f.sourceId)).toEqual([
      "ingress-nginx",
      "trpc",
      "caddy",
      "nginx",
      "traefik",
    ]);
    expect(
      catalog.factsForSituation("upstream-timeout").every((f) => f.situation === "upstream-timeout"),
    ).toBe(true);
    expect(catalog.factsForCode(777)).toEqual([]);
    const counted = catalog.sources.reduce((sum, source) => sum + source.facts.length, 0);
    expect(catalog.facts).toHaveLength(counted);
  });

  it("covers the common situations of each framework, server and edge", () => {
    const situationsOf = (id: string) => new Set(catalog.sourceById(id)?.facts.map((f) => f.situation));
    for (const id of REQUIRED.framework ?? []) {
      const situations = situationsOf(id);
      expect(situations.has("unhandled-exception") || id === "go-net-http", id).toBe(true);
      // DRF routes through Django, whose facts cover unknown routes.
      expect(situations.has("unknown-route") || id === "django-rest-framework", id).toBe(true);
    }
    for (const id of ["nginx", "envoy", "haproxy", "aws-alb", "ingress-nginx"]) {
      const situations = situationsOf(id);
      expect(situations.has("upstream-timeout"), id).toBe(true);
      expect(situations.has("no-healthy-upstream") || situations.has("upstream-refused"), id).toBe(true);
    }
    for (const id of REQUIRED.client ?? []) {
      const facts = catalog.sourceById(id)?.facts ?? [];
      expect(
        facts.some((f) => f.situation === "status-reported"),
        id,
      ).toBe(true);
      expect(
        facts.some((f) => f.code === undefined && f.situation !== "status-reported"),
        `${id} reports a failure with no status`,
      ).toBe(true);
    }
  });

  it("names the status each well-known log line or message leads to", () => {
    const bySignal = (sourceId: string, signal: string) =>
      catalog.sourceById(sourceId)?.facts.find((f) => f.signals.includes(signal));
    expect(bySignal("haproxy", "sH--")?.code).toBe(504);
    expect(bySignal("envoy", "UF")?.code).toBe(503);
    expect(bySignal("envoy", "UH")?.code).toBe(503);
    expect(bySignal("envoy", "UT")?.code).toBe(504);
    expect(bySignal("envoy", "NR")?.code).toBe(404);
    expect(bySignal("nginx", "no live upstreams")?.code).toBe(502);
    expect(bySignal("nginx", "upstream timed out")?.code).toBe(504);
    expect(bySignal("apache", "AH01114")?.code).toBe(503);
    expect(bySignal("aws-api-gateway", "Missing Authentication Token")?.code).toBe(403);
    expect(bySignal("rails", "ActiveRecord::StaleObjectError")?.code).toBe(409);
    expect(bySignal("fastapi", "RequestValidationError")?.code).toBe(422);
    expect(bySignal("django", "RequestDataTooBig")?.code).toBe(400);
    expect(bySignal("axios", "Request failed with status code")?.code).toBeUndefined();
    expect(bySignal("fetch", "fetch failed")?.code).toBeUndefined();
  });

  it("records the GraphQL over HTTP status rules", () => {
    expect(fact("graphql-over-http", "success", 200)).toBeDefined();
    expect(fact("graphql-over-http", "partial-success", 294)?.entryId).toBe("294-graphql-over-http-draft");
    expect(fact("graphql-over-http", "malformed-request", 400)).toBeDefined();
    expect(fact("graphql-over-http", "validation-failure", 422)).toBeDefined();
    expect(fact("graphql-over-http", "method-not-allowed", 405)).toBeDefined();
    expect(fact("graphql-over-http", "other", 200)?.what).toMatch(/application\/json/);
  });

  it("records the Idempotency-Key draft's statuses", () => {
    expect(fact("idempotency-key", "idempotency-key-missing")?.code).toBe(400);
    expect(fact("idempotency-key", "idempotency-key-reused")?.code).toBe(422);
    expect(fact("idempotency-key", "idempotency-key-in-flight")?.code).toBe(409);
  });

  it("lists each situation once, with words to recognise it", () => {
    const ids = catalog.situations.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      "unhandled-exception",
      "validation-failure",
      "unknown-route",
      "record-not-found",
      "csrf-failure",
      "body-too-large",
      "optimistic-lock-conflict",
      "upstream-refused",
      "upstream-timeout",
      "no-healthy-upstream",
    ]) {
      expect(catalog.situation(id)?.keywords.length, id).toBeGreaterThan(0);
    }
  });
});
