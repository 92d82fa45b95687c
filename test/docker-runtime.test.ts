import { type ChildProcess, execFile, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlack } from "./support/fake-slack.ts";
import { FORM, send, slashCommand } from "./support/slack-requests.ts";

/**
 * No Docker engine runs here, so this does what the Dockerfile's runtime stage does: a production
 * install (`npm ci --omit=dev --ignore-scripts`) of package.json + package-lock.json in a clean
 * folder, the built dist/ and data/ beside it, then `node dist/index.js` in HTTP mode against a fake
 * Slack. It proves the image's app starts with production dependencies only, serves /healthz (the
 * HEALTHCHECK command itself is run), answers Slack, and stops with exit 0 on SIGTERM.
 */

const run = promisify(execFile);
const root = new URL("..", import.meta.url).pathname;
const dockerfile = readFileSync(join(root, "Dockerfile"), "utf8");
const SECRET = "8f742231b10e8888abcd99aa85a5c1f0";

describe("Dockerfile", () => {
  const runtime = dockerfile.slice(dockerfile.search(/^FROM .* AS runtime$/m));

  it("builds in one stage and runs from node:26-slim in another", () => {
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:26-slim$/m);
    expect(dockerfile).toMatch(/^FROM \$\{NODE_IMAGE\} AS build$/m);
    expect(dockerfile).toMatch(/^RUN npm ci\b/m);
    expect(dockerfile).toMatch(/^RUN npm run build$/m);
    expect(runtime).toMatch(/^FROM \$\{NODE_IMAGE\} AS runtime$/m);
  });

  it("runs production dependencies only, as a non-root user, in production mode", () => {
    expect(runtime).toMatch(/^RUN npm ci --omit=dev --ignore-scripts\b/m);
    // Install scripts do not run there: better-sqlite3's native module comes from the build stage.
    expect(dockerfile.slice(0, dockerfile.indexOf(runtime))).toMatch(/apt-get install .*python3 make g\+\+/);
    // The loadable module alone, not the build's objects and static library.
    const native = "node_modules/better-sqlite3/build/Release/better_sqlite3.node";
    const copies = runtime.split("\n").filter((line) => line.includes("better-sqlite3"));
    expect(copies).toEqual([`COPY --from=build /app/${native} ./${native}`]);
    expect(runtime).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
    expect(runtime).toMatch(/^COPY data \.\/data$/m);
    expect(runtime).toMatch(/^USER (?!root\b|0\b)\w+$/m);
    expect(runtime).toMatch(/NODE_ENV=production/);
    expect(runtime).toMatch(/^EXPOSE 3000$/m);
    expect(runtime).toMatch(/^HEALTHCHECK .*\\\n\s+CMD \["node", "-e", .*\/healthz/m);
    expect(runtime).toMatch(/^CMD \["node", "dist\/index\.js"\]$/m);
  });

  it("keeps the default SQLite file in a volume the app's user may write", () => {
    expect(runtime).toMatch(/^WORKDIR \/app$/m);
    expect(runtime).toMatch(/^RUN mkdir -p \/app\/var && chown node:node \/app\/var$/m);
    expect(runtime).toMatch(/^VOLUME \/app\/var$/m);
    expect(runtime.indexOf("VOLUME /app/var")).toBeLessThan(runtime.indexOf("USER node"));
  });
});

/** The HEALTHCHECK's command, as the image would run it. */
function healthcheckCommand(): string[] {
  const match = dockerfile.match(/^HEALTHCHECK[^\n]*\\\n\s+CMD (\[.*\])$/m);
  if (!match?.[1]) throw new Error("no HEALTHCHECK CMD in the Dockerfile");
  return JSON.parse(match[1]) as string[];
}

describe("the runtime stage, without Docker", () => {
  let folder: string;
  let slack: FakeSlack;
  let app: ChildProcess | undefined;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "status-bot-runtime-"));
    cpSync(join(root, "package.json"), join(folder, "package.json"));
    cpSync(join(root, "package-lock.json"), join(folder, "package-lock.json"));
    await Promise.all([
      run("npm", ["ci", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline"], {
        cwd: folder,
        env: { ...process.env, NODE_ENV: "production" },
      }),
      run(
        process.execPath,
        [
          join(root, "node_modules/typescript/bin/tsc"),
          "-p",
          "tsconfig.build.json",
          "--outDir",
          join(folder, "dist"),
        ],
        {
          cwd: root,
        },
      ),
    ]);
    cpSync(join(root, "data"), join(folder, "data"), { recursive: true });
    // The runtime stage's COPY --from=build of the compiled native module, and nothing else of its build.
    const native = "node_modules/better-sqlite3/build/Release/better_sqlite3.node";
    cpSync(join(root, native), join(folder, native));
    slack = await new FakeSlack().start();
  }, 120_000);

  afterAll(async () => {
    if (app && app.exitCode === null) app.kill("SIGKILL");
    await slack?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it("has no development dependency installed", async () => {
    const { stdout } = await run("npm", ["ls", "--omit=dev", "--depth=0", "--json"], { cwd: folder }).catch(
      (e) => e,
    );
    const installed = Object.keys(JSON.parse(stdout).dependencies ?? {});
    expect(installed).toContain("@slack/bolt");
    for (const dev of ["vitest", "typescript", "tsx", "@biomejs/biome"]) expect(installed).not.toContain(dev);
  });

  interface Running {
    readonly child: ChildProcess;
    readonly exited: Promise<number | null>;
    readonly output: () => string;
  }

  /** `node dist/index.js` in the folder, as the image's CMD runs it, with only these variables. */
  function launch(env: Record<string, string>): Running {
    let output = "";
    const child = spawn(process.execPath, ["dist/index.js"], {
      cwd: folder,
      env: { PATH: process.env.PATH ?? "", HOME: folder, NODE_ENV: "production", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    app = child;
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    return { child, exited, output: () => output };
  }

  async function portOf(running: Running): Promise<number> {
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const found = running.output().match(/running in HTTP mode on port (\d+)/);
      if (found) return Number(found[1]);
      if (running.child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`the app did not start:\n${running.output()}`);
  }

  it("exits 1 naming every missing setting when there is no configuration", async () => {
    const running = launch({});
    expect(await running.exited).toBe(1);
    expect(running.output()).toContain("SLACK_BOT_TOKEN is missing");
    expect(running.output()).toContain("SLACK_SIGNING_SECRET is missing");
    expect(running.output()).toContain("npm run ask");
  }, 20_000);

  it("reads .env, starts in HTTP mode, is healthy, answers Slack and stops cleanly on SIGTERM", async () => {
    writeFileSync(
      join(folder, ".env"),
      [
        "SLACK_BOT_TOKEN=xoxb-1111-2222-runtimeTestToken",
        `SLACK_SIGNING_SECRET=${SECRET}`,
        `SLACK_API_URL=${slack.apiUrl}`,
        "PORT=0",
        "LOG_LEVEL=info",
      ].join("\n"),
    );
    const running = launch({});
    const port = await portOf(running);

    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    // The default store: a SQLite file under the working folder (the image's volume).
    expect(existsSync(join(folder, "var", "status-bot.sqlite"))).toBe(true);

    const [command, ...args] = healthcheckCommand();
    expect(command).toBe("node");
    await expect(
      run(process.execPath, args, { env: { PATH: process.env.PATH ?? "", PORT: String(port) } }),
    ).resolves.toBeDefined();

    const reply = await send(
      `http://127.0.0.1:${port}/slack/events`,
      slashCommand({ text: "503", responseUrl: slack.responseUrl() }),
      { secret: SECRET, contentType: FORM },
    );
    expect(reply.status).toBe(200);
    expect(reply.json()).toMatchObject({ response_type: "ephemeral", text: expect.stringContaining("503") });

    const started = Date.now();
    running.child.kill("SIGTERM");
    expect(await running.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(running.output()).not.toContain("runtimeTestToken");
    expect(running.output()).not.toContain(SECRET);
    rmSync(join(folder, ".env"));
  }, 60_000);

  /** The port of /healthz that Socket Mode logs at start. */
  async function healthPortOf(running: Running): Promise<number> {
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const found = running.output().match(/Health check: http:\/\/127\.0\.0\.1:(\d+)\/healthz/);
      if (found) return Number(found[1]);
      if (running.child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`the app did not start in Socket Mode:\n${running.output()}`);
  }

  const socketMode = () => ({
    SLACK_BOT_TOKEN: "xoxb-1111-2222-runtimeTestToken",
    SLACK_APP_TOKEN: "xapp-1-A0APP0001-3333-runtimeAppToken",
    SLACK_API_URL: slack.apiUrl,
    PORT: "0",
    LOG_LEVEL: "info",
  });

  const healthcheck = (port: number) => {
    const [, ...args] = healthcheckCommand();
    return run(process.execPath, args, { env: { PATH: process.env.PATH ?? "", PORT: String(port) } });
  };

  it("in Socket Mode, the HEALTHCHECK fails while not connected, and SIGTERM while connecting exits 0", async () => {
    slack.reset();
    slack.failAlways("apps.connections.open", { status: 503 });
    const running = launch(socketMode());
    const port = await healthPortOf(running);
    expect(running.output()).toContain(`running in Socket Mode (Slack Web API: ${slack.apiUrl})`);
    await expect(healthcheck(port)).rejects.toMatchObject({ code: 1 });
    for (let i = 0; i < 100 && !/WARN .*Could not connect to Slack/.test(running.output()); i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(running.output()).toMatch(/WARN .*\(attempt 1\): apps\.connections\.open: http 503/);
    running.child.kill("SIGTERM");
    expect(await running.exited).toBe(0);
    expect(running.output()).not.toContain("could not start");
    expect(running.output()).not.toMatch(/ERROR/);
    expect(running.output()).not.toContain("runtimeAppToken");
    slack.heal();
  }, 30_000);

  it("stops cleanly on SIGINT too", async () => {
    const running = launch({
      SLACK_BOT_TOKEN: "xoxb-1111-2222-runtimeTestToken",
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: "0",
    });
    await portOf(running);
    running.child.kill("SIGINT");
    expect(await running.exited).toBe(0);
  }, 30_000);
});
