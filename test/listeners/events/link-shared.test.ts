import { describe, expect, it } from "vitest";
import { linkShared } from "../../../src/listeners/events/link-shared.ts";
import { BOT, fakeClient, fakeDeps, fakeLogger, platformError } from "../../support/fakes.ts";

function share(event: Record<string, unknown>, setup = fakeDeps(), client = fakeClient()) {
  const logger = fakeLogger();
  const full = {
    type: "link_shared",
    channel: "C1",
    user: "U1",
    message_ts: "1.0",
    source: "conversations_history",
    unfurl_id: "C1.1.0.abc",
    links: [],
    ...event,
  } as never;
  const done = linkShared(setup.deps)({ event: full, client: client as never, context: { ...BOT }, logger });
  return { client, logger, ...setup, done };
}

const link = (url: string) => ({ url, domain: new URL(url).hostname });

describe("link_shared", () => {
  it("unfurls status-code links into compact cards and leaves other links alone", async () => {
    const { client, cards, done } = share({
      links: [
        link("https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/404"),
        link("https://http.cat/503"),
        link("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2"),
        link("https://developer.mozilla.org/en-US/docs/Web/JavaScript"),
      ],
    });
    await done;
    expect(cards.renderCompact).toHaveBeenCalledTimes(3);
    expect(client.chat.unfurl).toHaveBeenCalledTimes(1);
    const args = client.chat.unfurl.mock.calls[0]?.[0];
    expect(args).toMatchObject({ channel: "C1", ts: "1.0" });
    expect(Object.keys(args.unfurls)).toEqual([
      "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/404",
      "https://http.cat/503",
      "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2",
    ]);
    expect(JSON.stringify(args.unfurls["https://http.cat/503"].blocks)).toContain("503");
    expect(
      JSON.stringify(args.unfurls["https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2"].blocks),
    ).toContain("401");
  });

  it("unfurls links in the composer by unfurl_id", async () => {
    const { client, done } = share({
      channel: "COMPOSER",
      message_ts: "Uxxx-909b",
      source: "composer",
      unfurl_id: "Uxxx-909b5454",
      links: [link("https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.4")],
    });
    await done;
    expect(client.chat.unfurl).toHaveBeenCalledWith(
      expect.objectContaining({ unfurl_id: "Uxxx-909b5454", source: "composer" }),
    );
    expect(client.chat.unfurl.mock.calls[0]?.[0]).not.toHaveProperty("ts");
  });

  it("does nothing when no link is a status-code page", async () => {
    const { client, done } = share({
      links: [link("https://http.cat/"), link("https://httpstatuses.io/999")],
    });
    await done;
    expect(client.chat.unfurl).not.toHaveBeenCalled();
  });

  it("ignores its own messages", async () => {
    const { client, done } = share({ user: "UBOT", links: [link("https://http.cat/503")] });
    await done;
    expect(client.chat.unfurl).not.toHaveBeenCalled();
  });

  it("unfurls at most five links", async () => {
    const codes = [401, 403, 404, 413, 418, 429, 500];
    const { client, done } = share({ links: codes.map((code) => link(`https://http.cat/${code}`)) });
    await done;
    expect(Object.keys(client.chat.unfurl.mock.calls[0]?.[0].unfurls)).toHaveLength(5);
  });

  it("logs a failed chat.unfurl instead of throwing", async () => {
    const failing = fakeClient();
    failing.chat.unfurl.mockRejectedValueOnce(platformError("cannot_unfurl_url"));
    const { logger, done } = share({ links: [link("https://http.cat/503")] }, fakeDeps(), failing);
    await expect(done).resolves.toBeUndefined();
    expect(logger.lines.join("\n")).toContain("cannot_unfurl_url");
  });
});
