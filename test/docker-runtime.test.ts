import { type ChildProcess, execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from "../src/store/database-url.ts";
import { type AppProcess, builtApp, httpPortOf, spawnApp } from "./support/built-app.ts";
import { all, copyOf, environment, execForm, parseDockerfile, type Stage } from "./support/dockerfile.ts";
import { FakeSlack } from "./support/fake-slack.ts";
import { START_MS, waitFor } from "./support/load.ts";
import { FORM, send, slashCommand } from "./support/slack-requests.ts";

/**
 * No Docker engine runs here, so this reads the Dockerfile into its stages and does what the
 * runtime stage says, in a clean folder: its COPY instructions (the build stage's dist/ is the
 * run's one tsc build, test/support/app-build.ts), its npm installs, its ENV, then its CMD in HTTP mode against a fake Slack. It
 * proves what matters, however the Dockerfile is written: the image runs as a user other than
 * root, in production mode, with production dependencies only, serves /healthz (the HEALTHCHECK
 * command itself is run), answers Slack, and stops with exit 0 on SIGTERM and SIGINT.
 */

const run = promisify(execFile);
const root = new URL("..", import.meta.url).pathname;
const dockerfile = readFileSync(join(root, "Dockerfile"), "utf8");
const stages = parseDockerfile(dockerfile);
const runtime = stages.at(-1) as Stage;
const SECRET = "8f742231b10e8888abcd99aa85a5c1f0";

/** The stage the runtime stage copies `from`, by name or index. */
const stageNamed = (name: string) => stages.find((stage, i) => stage.name === name || String(i) === name);

/** The runtime stage's COPY --from instructions, with the stage each copies from. */
const copiesFromStages = () =>
  all(runtime, "COPY")
    .map(({ args }) => copyOf(args))
    .filter((copy) => copy.from !== undefined)
    .map((copy) => ({ ...copy, stage: stageNamed(copy.from ?? "") }));

/** The runtime stage's working folder. */
const WORKDIR = all(runtime, "WORKDIR").at(-1)?.args ?? "/";

/** Where the default DATABASE_URL (a SQLite file) puts the database in the image. */
function databaseFile(): string {
  const location = parseDatabaseUrl(DEFAULT_DATABASE_URL);
  if (location.kind !== "sqlite")
    throw new Error(`the default DATABASE_URL is not SQLite: ${DEFAULT_DATABASE_URL}`);
  return resolve(WORKDIR, location.path);
}

/** The HEALTHCHECK's command (exec form), as the image would run it. */
function healthcheckCommand(): string[] {
  const [check] = all(runtime, "HEALTHCHECK");
  const command = execForm(check?.args.replace(/^.*?\bCMD\s+/, "") ?? "");
  if (!command) throw new Error("the runtime stage has no HEALTHCHECK in exec form");
  return command;
}

/** The image's CMD (exec form, so that signals reach node). */
function startCommand(): string[] {
  const command = execForm(all(runtime, "CMD").at(-1)?.args ?? "");
  if (!command) throw new Error("the runtime stage has no CMD in exec form");
  return command;
}

describe("Dockerfile", () => {
  it("builds in one stage and runs from another, on the Node image the README names", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const [dist] = copiesFromStages();
    expect(dist?.stage, "the runtime stage copies its dist/ from a build stage").toBeDefined();
    expect(
      all(dist?.stage as Stage, "RUN").some(({ args }) => /\bnpm (?:run )?build\b|\btsc\b/.test(args)),
    ).toBe(true);
    expect(runtime.image).toMatch(/^node:\d+(?:\.\d+)*-slim$/);
    expect(readFileSync(join(root, "README.md"), "utf8")).toContain(`\`${runtime.image}\``);
  });

  it("gives the build stage every file its build script runs, none of them left out by .dockerignore", () => {
    const [dist] = copiesFromStages();
    const build = dist?.stage as Stage;
    const scripts = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts as Record<
      string,
      string
    >;
    // The files the build script hands to node ("node scripts/bundle-kysely.mjs").
    const files = (scripts.build ?? "")
      .split("&&")
      .map((command) => command.trim().match(/^node\s+(?:--\S+\s+)*(\S+)/)?.[1])
      .filter((file): file is string => file !== undefined);
    expect(files.length, "the build script runs a file of the repository").toBeGreaterThan(0);
    const copied = all(build, "COPY").flatMap(({ args }) =>
      copyOf(args).sources.map((source) => source.replace(/^\.\//, "")),
    );
    const ignore = readFileSync(join(root, ".dockerignore"), "utf8")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith("#"));
    for (const file of files) {
      expect(existsSync(join(root, file)), file).toBe(true);
      expect(
        copied.some((source) => file === source || file.startsWith(`${source.replace(/\/$/, "")}/`)),
        `the build stage copies ${file}`,
      ).toBe(true);
      // The last pattern that matches the file or a folder of it decides, as in Docker.
      const verdicts = ignore
        .map((pattern) => ({
          keep: pattern.startsWith("!"),
          path: pattern.replace(/^!/, "").replace(/\/$/, ""),
        }))
        .filter(({ path }) => file === path || file.startsWith(`${path}/`));
      expect(verdicts.at(-1)?.keep ?? true, `.dockerignore leaves ${file} in the build context`).toBe(true);
    }
  });

  it("runs as a user other than root, in production mode, listening on the port it exposes", () => {
    const user = all(runtime, "USER").at(-1)?.args ?? "root";
    expect(user).not.toMatch(/^(?:root|0)(?::|$)/);
    const env = environment(runtime);
    expect(env.NODE_ENV).toBe("production");
    expect(all(runtime, "EXPOSE").map(({ args }) => args)).toContain(env.PORT ?? "3000");
  });

  it("starts node on the compiled app", () => {
    expect(startCommand()).toEqual(["node", "dist/index.js"]);
  });

  it("keeps the default SQLite file in a volume that the app's user owns", () => {
    const volumes = all(runtime, "VOLUME").flatMap(({ args }) => execForm(args) ?? args.split(/\s+/));
    const volume = volumes.find((path) => !relative(path, databaseFile()).startsWith(".."));
    expect(volume, `a VOLUME holds ${databaseFile()}`).toBeDefined();
    // Created and given to the app's user before the image switches to that user.
    const user = (all(runtime, "USER").at(-1)?.args ?? "root").split(":")[0];
    const beforeUser = runtime.instructions.slice(
      0,
      runtime.instructions.findLastIndex((instruction) => instruction.keyword === "USER"),
    );
    const commands = beforeUser
      .filter((instruction) => instruction.keyword === "RUN")
      .flatMap(({ args }) => args.split("&&").map((part) => part.trim()));
    expect(commands.some((command) => command.startsWith("mkdir") && command.includes(volume ?? "?"))).toBe(
      true,
    );
    expect(
      commands.some((command) => new RegExp(`^chown (?:-R )?${user}(?::\\S+)? ${volume}$`).test(command)),
    ).toBe(true);
  });
});

describe("the runtime stage, without Docker", () => {
  let folder: string;
  let slack: FakeSlack;
  let app: ChildProcess | undefined;
  /** The runtime stage's RUN commands that were not run here (anything but npm installs and mkdir). */
  const skipped: string[] = [];

  /**
   * Does what the runtime stage does, in a clean folder standing for its WORKDIR: COPY from the
   * build context, COPY from the build stage (dist/ as `npm run build` makes it: the run's build,
   * copied), and RUN its npm installs and mkdirs.
   */
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "status-bot-runtime-"));
    /** The build stage's dist/: the run's build, copied once tsc has finished. */
    const compile = async (destination: string) => {
      const build = await builtApp();
      cpSync(join(build, "dist"), destination, { recursive: true });
    };
    /** A COPY --from source, as a path in this checkout (the build stage's WORKDIR is its folder). */
    const inProject = (from: string, source: string) => {
      const workdir = all(stageNamed(from) as Stage, "WORKDIR").at(-1)?.args ?? "/";
      const path = relative(workdir, source);
      expect(path.startsWith(".."), `${source} is in the build stage's folder`).toBe(false);
      return path;
    };
    // dist/ is awaited from the start, beside the rest (nothing else in the stage touches it).
    const compiling = copiesFromStages().flatMap((copy) =>
      copy.sources
        .filter((source) => inProject(copy.from ?? "", source) === "dist")
        .map(() => compile(join(folder, copy.destination))),
    );
    let env: Record<string, string> = {};
    for (const instruction of runtime.instructions) {
      if (instruction.keyword === "ENV")
        env = { ...env, ...environment({ ...runtime, instructions: [instruction] }) };
      if (instruction.keyword === "COPY") {
        const copy = copyOf(instruction.args);
        const target = join(folder, copy.destination);
        if (copy.from !== undefined) {
          // The build stage is this checkout after `npm ci` and `npm run build`.
          for (const source of copy.sources) {
            const path = inProject(copy.from, source);
            if (path !== "dist") cpSync(join(root, path), target, { recursive: true });
          }
        } else {
          for (const source of copy.sources) {
            const destination = copy.destination.endsWith("/") ? join(target, source) : target;
            cpSync(join(root, source), destination, { recursive: true });
          }
        }
      }
      if (instruction.keyword === "RUN") {
        for (const command of instruction.args.split("&&").map((part) => part.trim())) {
          const [program, ...words] = command.split(/\s+/);
          if (/^npm (?:ci|install)\b/.test(command)) {
            await run("npm", [...words, "--prefer-offline"], {
              cwd: folder,
              env: { ...process.env, ...env },
            });
          } else if (program === "mkdir") {
            for (const path of words.filter((word) => !word.startsWith("-"))) {
              mkdirSync(join(folder, relative(WORKDIR, path)), { recursive: true });
            }
          } else skipped.push(command);
        }
      }
    }
    await Promise.all(compiling);
    slack = await new FakeSlack().start();
  }, 150_000);

  afterAll(async () => {
    if (app && app.exitCode === null) app.kill("SIGKILL");
    await slack?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it("has the production dependencies installed and none of the development ones", () => {
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
      packages: Record<string, { dev?: boolean }>;
    };
    const installed = (name: string) => existsSync(join(folder, "node_modules", name, "package.json"));
    for (const name of Object.keys(manifest.dependencies)) expect(installed(name), name).toBe(true);
    // A development dependency that a production one also needs (@types/node) stays, as in npm.
    const devOnly = Object.keys(manifest.devDependencies).filter(
      (name) => lock.packages[`node_modules/${name}`]?.dev === true,
    );
    expect(devOnly).toContain("vitest");
    for (const name of devOnly) expect(installed(name), name).toBe(false);
  });

  type Running = AppProcess;

  /**
   * The image's CMD in the folder, with the image's ENV and these variables only. The image's PORT
   * (3000) is left out: the tests listen on a free port, and an ENV value would win over .env's.
   */
  function launch(env: Record<string, string>): Running {
    const { PORT: _port, ...imageEnv } = environment(runtime);
    const [command, ...args] = startCommand();
    expect(command).toBe("node");
    const running = spawnApp(args, folder, {
      PATH: process.env.PATH ?? "",
      HOME: folder,
      ...imageEnv,
      ...env,
    });
    app = running.child;
    return running;
  }

  it("exits 1 naming every missing setting when there is no configuration", async () => {
    const running = launch({});
    expect(await running.exited).toBe(1);
    expect(running.output()).toContain("SLACK_BOT_TOKEN is missing");
    expect(running.output()).toContain("SLACK_SIGNING_SECRET is missing");
    expect(running.output()).toContain("npm run ask");
  }, 180_000);

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
    const port = await httpPortOf(running);

    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    // The default store: a SQLite file in the image's volume (see the Dockerfile tests).
    expect(existsSync(join(folder, relative(WORKDIR, databaseFile())))).toBe(true);

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
    expect(reply.json()).toMatchObject({
      response_type: "ephemeral",
      text: expect.stringContaining("503"),
    });

    running.child.kill("SIGTERM");
    expect(await running.exited).toBe(0);
    expect(running.output()).not.toContain("runtimeTestToken");
    expect(running.output()).not.toContain(SECRET);
    rmSync(join(folder, ".env"));
  }, 180_000);

  /** The port of /healthz that Socket Mode logs at start. */
  async function healthPortOf(running: Running): Promise<number> {
    const deadline = Date.now() + START_MS;
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
    await waitFor(() => /WARN .*Could not connect to Slack/.test(running.output()), START_MS);
    expect(running.output()).toMatch(/WARN .*\(attempt 1\): apps\.connections\.open: http 503/);
    running.child.kill("SIGTERM");
    expect(await running.exited).toBe(0);
    expect(running.output()).not.toContain("could not start");
    expect(running.output()).not.toMatch(/ERROR/);
    expect(running.output()).not.toContain("runtimeAppToken");
    slack.heal();
  }, 180_000);

  it("stops cleanly on SIGINT too", async () => {
    const running = launch({
      SLACK_BOT_TOKEN: "xoxb-1111-2222-runtimeTestToken",
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: "0",
    });
    await httpPortOf(running);
    running.child.kill("SIGINT");
    expect(await running.exited).toBe(0);
  }, 180_000);
});
