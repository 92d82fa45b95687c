import { describe, expect, it } from "vitest";
import { statusCodesMentioned } from "../../../src/engine/reading/mentions.ts";
import { fakeCodes } from "../../support/codes.ts";

const codes = fakeCodes();
const mentioned = (text: string) => statusCodesMentioned(text, codes);

describe("statusCodesMentioned", () => {
  it.each([
    ["we're seeing HTTP 503 from the gateway", [503]],
    ["503 Service Unavailable since 10:00", [503]],
    ["status 502 on checkout", [502]],
    ["I get a 404 error on /users", [404]],
    ["getting 429s from the API", [429]],
    ["HTTP/1.1 404 Not Found", [404]],
    ["< HTTP/2 500\n< content-type: text/html", [500]],
    ["curl -i says `HTTP/1.1 502 Bad Gateway`", [502]],
    ["statusCode: 429", [429]],
    ['{"status": 503, "error": "down"}', [503]],
    ["status_code=401", [401]],
    ["response code 403 when I call it", [403]],
    ["the API returns 404 for deleted users", [404]],
    ["the proxy responds with 502 when the upstream dies", [502]],
    ["now it returns a 401.", [401]],
    ["418 I'm a teapot", [418]],
    ["413 Payload Too Large on upload", [413]],
    ["413 (Content Too Large)", [413]],
    ["lots of 500 errors after the deploy", [500]],
    ["Error: 500", [500]],
    ["a 503 response from the LB", [503]],
    ["HTTP 499 in the nginx logs", [499]],
    ["200 OK but empty body", [200]],
    ["HTTP 502 and then HTTP 503", [502, 503]],
    ["HTTP 503, yes 503 Service Unavailable again", [503]],
    ["is 404 status right for this?", [404]],
    ["they send 503's when overloaded", [503]],
  ])("finds the code in %j", (text, expected) => {
    expect(mentioned(text)).toEqual(expected);
  });

  it.each([
    "200 users signed up today",
    "404 signups this week",
    "we had 500 visitors",
    "200 ok thanks",
    "ok 200",
    "HTTP 999",
    "HTTP 460",
    "version 1.404 released",
    "it costs $404",
    "1404 items",
    "see issue #404",
    "GET /users/404 works",
    "call 503-444-1234",
    "it took 503 ms",
    "room 404 is free",
    "the 1990s",
    "I got 200 for the launch",
    "return 200 items per page",
    "<https://http.cat/404>",
    "<@U0HUMAN01> 404",
    "4.04 seconds",
    "500 pages of docs",
    "",
  ])("finds nothing in %j", (text) => {
    expect(mentioned(text)).toEqual([]);
  });

  it("reads Slack's escaped text", () => {
    expect(mentioned("&lt; HTTP/1.1 404 Not Found")).toEqual([404]);
  });
});
