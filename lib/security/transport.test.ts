import { describe, expect, it } from "vitest";
import { isTlsRequest } from "./transport";

const over = (headers: Record<string, string>, url?: string) => isTlsRequest(new Headers(headers), url);

describe("isTlsRequest", () => {
  it("believes the client-facing (first) X-Forwarded-Proto value", () => {
    expect(over({ "x-forwarded-proto": "https" })).toBe(true);
    expect(over({ "x-forwarded-proto": "HTTPS" })).toBe(true);
    expect(over({ "x-forwarded-proto": "https, http" })).toBe(true);
    expect(over({ "x-forwarded-proto": "http" })).toBe(false);
    expect(over({ "x-forwarded-proto": "http, https" })).toBe(false);
  });

  it("reads the standard Forwarded header when there is no X-Forwarded-Proto", () => {
    expect(over({ forwarded: "for=192.0.2.60;proto=https;by=203.0.113.43" })).toBe(true);
    expect(over({ forwarded: 'for="[2001:db8::1]";proto="https", for=10.0.0.1;proto=http' })).toBe(true);
    expect(over({ forwarded: "for=192.0.2.60;proto=http, for=10.0.0.1;proto=https" })).toBe(false);
    expect(over({ "x-forwarded-proto": "http", forwarded: "proto=https" })).toBe(false);
  });

  it("takes an https request URL (a server that terminates TLS itself) and is false with nothing to go by", () => {
    expect(over({}, "https://effectwijzer.example/interventions")).toBe(true);
    expect(over({}, "http://localhost:3000/")).toBe(false);
    expect(over({})).toBe(false);
  });
});
