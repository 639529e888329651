import { describe, expect, it } from "vitest";
import {
  DEFAULT_MAX_QUERY_STRING_BYTES,
  maxQueryStringBytes,
  queryStringBytes,
  queryTooLongResponse,
} from "./query-limit";
import { readProxySettings } from "./settings";

describe("maxQueryStringBytes", () => {
  it("is 8 KiB unless QUERY_STRING_MAX_BYTES says otherwise", () => {
    expect(DEFAULT_MAX_QUERY_STRING_BYTES).toBe(8192);
    expect(maxQueryStringBytes({})).toBe(8192);
    expect(maxQueryStringBytes({ QUERY_STRING_MAX_BYTES: " " })).toBe(8192);
    expect(maxQueryStringBytes({ QUERY_STRING_MAX_BYTES: "4096" })).toBe(4096);
  });

  it("refuses a value that is not a whole number of at least 256 bytes, naming the variable", () => {
    for (const bad of ["4k", "-1", "1.5", "255", "0", "99999999999999999999"]) {
      expect(() => maxQueryStringBytes({ QUERY_STRING_MAX_BYTES: bad }), bad).toThrow(/QUERY_STRING_MAX_BYTES/);
    }
  });

  it("is part of the proxy settings, with next dev told apart from a production build", () => {
    expect(readProxySettings({ NODE_ENV: "production", QUERY_STRING_MAX_BYTES: "1024" })).toEqual({
      development: false,
      maxQueryStringBytes: 1024,
    });
    expect(readProxySettings({ NODE_ENV: "development" }).development).toBe(true);
  });
});

describe("queryStringBytes", () => {
  it("counts the query as it travels: percent-encoded, without the ? and the fragment", () => {
    expect(queryStringBytes("http://x.test/interventions")).toBe(0);
    expect(queryStringBytes("http://x.test/interventions?")).toBe(0);
    expect(queryStringBytes("http://x.test/interventions?q=abc&page=2#top")).toBe(12);
    expect(queryStringBytes("http://x.test/?q=é")).toBe("q=%C3%A9".length);
    expect(queryStringBytes(`http://x.test/?q=${"a".repeat(9000)}`)).toBe(9002);
  });
});

describe("queryTooLongResponse", () => {
  it("answers the API with 414 in its error shape, naming the query", async () => {
    const response = queryTooLongResponse("/api/v1/interventions", 9000, 8192);
    expect(response.status).toBe(414);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      error: "invalid_request",
      issues: [{ path: "(query)", message: "The query string is 9000 bytes; at most 8192 are accepted" }],
    });
  });

  it("answers pages (and anything outside /api/) with a short Dutch page", async () => {
    for (const path of ["/interventions", "/feeds/searches/x.atom", "/apidocs"]) {
      const response = queryTooLongResponse(path, 9000, 8192);
      expect(response.status).toBe(414);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      const html = await response.text();
      expect(html).toContain('<html lang="nl">');
      expect(html).toContain("Webadres te lang");
      expect(html).toContain("ten hoogste 8192");
      expect(html).not.toMatch(/<script|style=/);
    }
  });
});
