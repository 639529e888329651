import { describe, expect, it } from "vitest";
import { isSameOrigin, refuseCrossOrigin } from "./same-origin";

const URL_ = "http://localhost:3000/admin/data/import";
const post = (headers: Record<string, string>, url = URL_) => new Request(url, { method: "POST", headers });
const NO_ENV = {};

describe("isSameOrigin", () => {
  it("accepts an Origin on the request's own host and refuses any other", () => {
    expect(isSameOrigin(post({ host: "localhost:3000", origin: "http://localhost:3000" }), NO_ENV)).toBe(true);
    expect(isSameOrigin(post({ host: "localhost:3000", origin: "https://evil.example" }), NO_ENV)).toBe(false);
    // Another port is another origin.
    expect(isSameOrigin(post({ host: "localhost:3000", origin: "http://localhost:3001" }), NO_ENV)).toBe(false);
    expect(isSameOrigin(post({ host: "localhost:3000", origin: "null" }), NO_ENV)).toBe(false);
    expect(isSameOrigin(post({ host: "localhost:3000", origin: "file://" }), NO_ENV)).toBe(false);
  });

  it("takes the proxy's X-Forwarded-Host for the request's host", () => {
    const behindProxy = { host: "127.0.0.1:3000", "x-forwarded-host": "effectwijzer.example.nl" };
    expect(isSameOrigin(post({ ...behindProxy, origin: "https://effectwijzer.example.nl" }), NO_ENV)).toBe(true);
    expect(isSameOrigin(post({ ...behindProxy, origin: "http://127.0.0.1:3000" }), NO_ENV)).toBe(false);
  });

  it("accepts BETTER_AUTH_URL's origin as well", () => {
    const env = { BETTER_AUTH_URL: "https://effectwijzer.example.nl/" };
    const request = post({ host: "internal:3000", origin: "https://effectwijzer.example.nl" });
    expect(isSameOrigin(request, env)).toBe(true);
    expect(isSameOrigin(request, NO_ENV)).toBe(false);
    expect(isSameOrigin(post({ host: "internal:3000", origin: "https://evil.example" }), env)).toBe(false);
  });

  it("without an Origin, goes by Sec-Fetch-Site, then by the Referer", () => {
    expect(isSameOrigin(post({ host: "localhost:3000", "sec-fetch-site": "same-origin" }), NO_ENV)).toBe(true);
    expect(isSameOrigin(post({ host: "localhost:3000", "sec-fetch-site": "none" }), NO_ENV)).toBe(true);
    expect(isSameOrigin(post({ host: "localhost:3000", "sec-fetch-site": "cross-site" }), NO_ENV)).toBe(false);
    expect(isSameOrigin(post({ host: "localhost:3000", "sec-fetch-site": "same-site" }), NO_ENV)).toBe(false);
    expect(isSameOrigin(post({ host: "localhost:3000", referer: "http://localhost:3000/admin/data" }), NO_ENV)).toBe(
      true,
    );
    expect(isSameOrigin(post({ host: "localhost:3000", referer: "https://evil.example/page" }), NO_ENV)).toBe(false);
    expect(isSameOrigin(post({ host: "localhost:3000", referer: "not a url" }), NO_ENV)).toBe(false);
  });

  it("lets a request through that carries none of the three (no browser sent it)", () => {
    expect(isSameOrigin(post({ host: "localhost:3000" }), NO_ENV)).toBe(true);
  });
});

describe("refuseCrossOrigin", () => {
  it("answers 403 in the API's error shape naming the Origin, or null", async () => {
    const refused = refuseCrossOrigin(post({ host: "localhost:3000", origin: "https://evil.example" }), NO_ENV);
    expect(refused?.status).toBe(403);
    expect(await refused?.json()).toEqual({ error: "forbidden" });
    expect(refuseCrossOrigin(post({ host: "localhost:3000", origin: "http://localhost:3000" }), NO_ENV)).toBeNull();
  });
});
