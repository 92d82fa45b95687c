import { existsSync, readFileSync } from "node:fs";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { VARIABLES } from "../src/config.ts";

/**
 * No Docker engine runs here, so docker-compose.yml cannot be started: this checks that its parts
 * refer to each other consistently (the replicas' DATABASE_URL names the database service and its
 * credentials, the proxy's config names the replicas and their port, every variable is one the app
 * reads) and that the Dockerfile it builds exists.
 */

const root = new URL("..", import.meta.url);
const text = readFileSync(new URL("docker-compose.yml", root), "utf8");

interface Service {
  image?: string;
  build?: string;
  pull_policy?: string;
  environment?: Record<string, string>;
  env_file?: string;
  depends_on?: string[] | Record<string, { condition: string }>;
  ports?: string[];
  expose?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
}
const compose = load(text) as { services: Record<string, Service>; volumes?: Record<string, unknown> };
const services = compose.services;
const replicas = Object.entries(services).filter(([, service]) => service.image === "status-bot:latest");

describe("docker-compose.yml", () => {
  it("has PostgreSQL, two replicas of the app built once from the Dockerfile, and a proxy in front", () => {
    expect(Object.keys(services).sort()).toEqual(["bot-1", "bot-2", "postgres", "proxy"]);
    expect(replicas.map(([name]) => name).sort()).toEqual(["bot-1", "bot-2"]);
    // One image, built by one service: the others never build it again, nor look for it in a registry.
    const builders = replicas.filter(([, replica]) => replica.build !== undefined);
    expect(builders.map(([name]) => name)).toEqual(["bot-1"]);
    expect(existsSync(new URL(builders[0]?.[1].build ?? "", root))).toBe(true);
    for (const [, replica] of replicas)
      if (replica.build === undefined) expect(replica.pull_policy).toBe("never");
    expect(existsSync(new URL("Dockerfile", root))).toBe(true);
    expect(services.postgres?.image).toMatch(/^postgres:\d+/);
    expect(services.proxy?.image).toMatch(/^nginx:/);
  });

  it("points every replica at the database service, with its user, password and database", () => {
    const db = services.postgres?.environment ?? {};
    for (const [name, replica] of replicas) {
      const url = replica.environment?.DATABASE_URL ?? "";
      const match = url.match(/^postgres:\/\/([^:]+):(\$\{POSTGRES_PASSWORD[^}]*\})@([^:/]+):(\d+)\/(\w+)$/);
      expect(match, name).not.toBeNull();
      const [, user, password, host, port, database] = match ?? [];
      expect(user).toBe(db.POSTGRES_USER);
      expect(db.POSTGRES_PASSWORD?.startsWith("${POSTGRES_PASSWORD")).toBe(true);
      expect(password?.startsWith("${POSTGRES_PASSWORD")).toBe(true);
      expect(host).toBe("postgres");
      expect(port).toBe("5432");
      expect(database).toBe(db.POSTGRES_DB);
      // Started once the database answers; the check asks for that user and database.
      expect(replica.depends_on).toEqual({ postgres: { condition: "service_healthy" } });
      expect(services.postgres?.healthcheck?.test.join(" ")).toContain(`-U ${user} -d ${database}`);
      for (const variable of Object.keys(replica.environment ?? {}))
        expect(Object.keys(VARIABLES)).toContain(variable);
      // Only the proxy is reachable from outside.
      expect(replica.ports).toBeUndefined();
      expect(replica.env_file).toBe(".env");
    }
  });

  it("keeps PostgreSQL's data in a named volume", () => {
    const volume = services.postgres?.volumes?.[0]?.split(":")[0] ?? "";
    expect(Object.keys(compose.volumes ?? {})).toContain(volume);
  });

  it("routes the proxy to every replica on the port it listens on", () => {
    const proxy = services.proxy;
    const mount = proxy?.volumes?.find((volume) => volume.includes("nginx"))?.split(":") ?? [];
    const conf = readFileSync(new URL(mount[0] ?? "", root), "utf8");
    expect(mount[1]).toBe("/etc/nginx/conf.d/default.conf");
    const upstream = [...conf.matchAll(/^\s*server\s+([\w-]+):(\d+)/gm)].map((m) => `${m[1]}:${m[2]}`);
    expect(upstream.sort()).toEqual(
      replicas.map(([name, replica]) => `${name}:${replica.environment?.PORT}`).sort(),
    );
    expect(conf).toMatch(/proxy_pass http:\/\/status_bot;/);
    expect(proxy?.depends_on).toEqual(replicas.map(([name]) => name));
    const listen = conf.match(/^\s*listen\s+(\d+);/m)?.[1];
    expect(proxy?.ports?.[0]?.endsWith(`:${listen}`)).toBe(true);
  });
});
