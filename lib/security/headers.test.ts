import { describe, expect, it } from "vitest";
import {
  BASE_SECURITY_HEADERS,
  createNonce,
  pageContentSecurityPolicy,
  PERMISSIONS_POLICY,
  securityHeaders,
  STATIC_FILE_CSP,
  staticFileHeaderRules,
  STRICT_TRANSPORT_SECURITY,
} from "./headers";

/** A policy as directive name -> its sources. */
function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name, sources] as [string, string[]];
    }),
  );
}

describe("pageContentSecurityPolicy", () => {
  const production = parse(pageContentSecurityPolicy({ nonce: "abc123==", development: false, overTls: false }));

  it("allows scripts only by this request's nonce (and what they load), never inline or eval", () => {
    expect(production.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(production.get("style-src")).toEqual(["'self'", "'nonce-abc123=='"]);
    const all = [...production.values()].flat();
    expect(all).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-eval'");
  });

  it("loads everything else from the site itself, and nothing is framed, embedded or based elsewhere", () => {
    expect(production.get("default-src")).toEqual(["'self'"]);
    for (const name of ["img-src", "font-src", "connect-src", "form-action"]) {
      expect(production.get(name), name).toEqual(["'self'"]);
    }
    expect(production.get("object-src")).toEqual(["'none'"]);
    expect(production.get("base-uri")).toEqual(["'none'"]);
    expect(production.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("upgrades subresources to https only for a request that came over TLS", () => {
    expect(production.has("upgrade-insecure-requests")).toBe(false);
    const overTls = parse(pageContentSecurityPolicy({ nonce: "n", development: false, overTls: true }));
    expect(overTls.get("upgrade-insecure-requests")).toEqual([]);
  });

  it("relaxes eval and inline styles for next dev only", () => {
    const dev = parse(pageContentSecurityPolicy({ nonce: "n", development: true, overTls: false }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });
});

describe("securityHeaders", () => {
  const names = (headers: { key: string }[]) => headers.map((h) => h.key);

  it("gives every response the fixed headers and the policy, and HSTS only over TLS", () => {
    const plain = securityHeaders({ policy: "default-src 'self'", overTls: false });
    expect(plain).toEqual([...BASE_SECURITY_HEADERS, { key: "Content-Security-Policy", value: "default-src 'self'" }]);
    expect(names(plain)).not.toContain("Strict-Transport-Security");
    const tls = securityHeaders({ policy: "default-src 'self'", overTls: true });
    expect(tls).toContainEqual({ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY });
  });

  it("has the fixed values the browsers act on", () => {
    const byName = Object.fromEntries(BASE_SECURITY_HEADERS.map((h) => [h.key, h.value]));
    expect(byName).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
    });
    expect(STRICT_TRANSPORT_SECURITY).toMatch(/^max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(STRICT_TRANSPORT_SECURITY)![1])).toBeGreaterThanOrEqual(31_536_000);
  });

  it("switches off camera, microphone, geolocation and payment, each with an empty allow list", () => {
    for (const feature of ["camera", "microphone", "geolocation", "payment"]) {
      expect(PERMISSIONS_POLICY.split(", ")).toContain(`${feature}=()`);
    }
    expect(PERMISSIONS_POLICY.split(", ").every((entry) => /^[a-z-]+=\(\)$/.test(entry))).toBe(true);
  });
});

describe("createNonce", () => {
  it("is 128 random bits in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});

describe("staticFileHeaderRules", () => {
  const rules = staticFileHeaderRules();

  it("covers the build's static files and image optimisation with the fixed headers and a closed policy", () => {
    for (const source of ["/_next/static/:path*", "/_next/image", "/admin/data/import"]) {
      const always = rules.find((rule) => rule.source === source && !rule.has);
      expect(always?.headers).toEqual([
        ...BASE_SECURITY_HEADERS,
        { key: "Content-Security-Policy", value: STATIC_FILE_CSP },
      ]);
    }
  });

  it("adds HSTS when X-Forwarded-Proto's first value is https, as Next.js matches it (anchored)", () => {
    const tlsRules = rules.filter((rule) => rule.has);
    expect(tlsRules.map((rule) => rule.source)).toEqual(["/_next/static/:path*", "/_next/image", "/admin/data/import"]);
    for (const rule of tlsRules) {
      expect(rule.headers).toEqual([{ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }]);
      const [condition] = rule.has!;
      expect(condition.key).toBe("x-forwarded-proto");
      const matches = (value: string) => new RegExp(`^${condition.value}$`).test(value);
      expect(["https", "HTTPS", "https,http", "https, http"].every(matches)).toBe(true);
      expect(["http", "http,https", "httpsx", ""].some(matches)).toBe(false);
    }
  });
});
