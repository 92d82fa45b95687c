import { describe, expect, it } from "vitest";
import { isUnfurlDomain, statusCodeFromUrl, UNFURL_DOMAINS } from "../../../src/engine/reading/links.ts";
import { FAKE_ENTRIES, fakeCodes } from "../../support/codes.ts";

const codes = fakeCodes();
const code = (url: string) => statusCodeFromUrl(url, codes);

describe("statusCodeFromUrl", () => {
  it.each([
    ["https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/404", 404],
    ["https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/429", 429],
    ["https://developer.mozilla.org/ja/docs/Web/HTTP/Status/503", 503],
    ["https://developer.mozilla.org/zh-CN/docs/Web/HTTP/Reference/Status/418", 418],
    ["https://developer.mozilla.org/pt-BR/docs/Web/HTTP/Status/500/", 500],
    ["https://developer.mozilla.org/docs/Web/HTTP/Status/502", 502],
    ["http://developer.mozilla.org/en-us/docs/web/http/status/404#see_also", 404],
  ])("reads MDN: %s", (url, expected) => {
    expect(code(url)).toBe(expected);
  });

  it.each([
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Retry-After",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/460",
    "https://developer.mozilla.org/en-US/blog/docs/Web/HTTP/Status/404",
  ])("ignores other MDN pages and unknown codes: %s", (url) => {
    expect(code(url)).toBeUndefined();
  });

  it.each([
    ["https://http.cat/404", 404],
    ["https://http.cat/404.jpg", 404],
    ["https://http.cat/status/503", 503],
    ["https://www.http.cat/418", 418],
    ["https://httpstatuses.io/429", 429],
    ["https://httpstatuses.com/502", 502],
    ["https://www.httpstatuses.com/502", 502],
    ["https://httpstat.us/503", 503],
    ["https://httpstat.us/503?sleep=5000", 503],
  ])("reads %s", (url, expected) => {
    expect(code(url)).toBe(expected);
  });

  it.each([
    "https://http.cat/",
    "https://http.cat/999",
    "https://http.cat/404/extra",
    "https://httpstatuses.io/",
    "https://httpstatuses.io/429/more",
    "https://httpstat.us/random/200,503",
    "https://example.com/404",
    "https://evil-http.cat/404",
    "not a url",
    "javascript:alert(404)",
    "ftp://http.cat/404",
  ])("ignores %s", (url) => {
    expect(code(url)).toBeUndefined();
  });

  it.each([
    ["https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5", 404],
    ["https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.4", 503],
    ["https://rfc-editor.org/rfc/rfc9110#section-15.5.2", 401],
    ["https://www.rfc-editor.org/rfc/rfc6585#section-4", 429],
    ["https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5.1", 404],
    ["https://www.rfc-editor.org/rfc/rfc9110.html#name-404-not-found", 404],
    ["https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.4", 403],
    ["https://httpwg.org/specs/rfc9110.html#status.503", 503],
  ])("reads the RFC section anchor of %s from the catalog", (url, expected) => {
    expect(code(url)).toBe(expected);
  });

  it.each([
    "https://www.rfc-editor.org/rfc/rfc9110",
    "https://www.rfc-editor.org/rfc/rfc9110#section-15",
    "https://www.rfc-editor.org/rfc/rfc9110#section-15.5",
    "https://www.rfc-editor.org/rfc/rfc9110#section-9.3.1",
    "https://www.rfc-editor.org/rfc/rfc7231#section-6.5.4",
    "https://www.rfc-editor.org/info/rfc9110",
  ])("ignores RFC links that are not a status section: %s", (url) => {
    expect(code(url)).toBeUndefined();
  });

  it("maps sections through the catalog, not a table in code", () => {
    const moved = fakeCodes(FAKE_ENTRIES.map((e) => (e.code === 404 ? { ...e, section: "99.1" } : e)));
    expect(statusCodeFromUrl("https://www.rfc-editor.org/rfc/rfc9110#section-99.1", moved)).toBe(404);
    expect(statusCodeFromUrl("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5", moved)).toBeUndefined();
  });
});

describe("isUnfurlDomain", () => {
  it("matches the manifest's domains and their subdomains only", () => {
    expect(UNFURL_DOMAINS.length).toBeLessThanOrEqual(5);
    expect(isUnfurlDomain("https://www.rfc-editor.org/rfc/rfc9110")).toBe(true);
    expect(isUnfurlDomain("https://developer.mozilla.org/en-US/")).toBe(true);
    expect(isUnfurlDomain("https://http.cat/404")).toBe(true);
    expect(isUnfurlDomain("https://httpstatuses.com/404")).toBe(false);
    expect(isUnfurlDomain("https://evil-http.cat/404")).toBe(false);
    expect(isUnfurlDomain("nonsense")).toBe(false);
  });
});
