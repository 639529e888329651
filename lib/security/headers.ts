/**
 * The security headers of every response, as pure functions. proxy.ts adds them to everything it handles
 * (pages, server actions, route handlers, feeds, public/ files, error pages and its own refusals);
 * next.config.ts adds them to the build's static files (/_next/static, /_next/image), which the proxy skips
 * because they are the same for every request.
 *
 * The pages' Content-Security-Policy is the strict, nonce-based one: a fresh nonce per request, which Next.js
 * reads from the request's Content-Security-Policy header and puts on its own scripts and styles; every
 * other inline script, inline style element or foreign origin is refused. 'strict-dynamic' lets the scripts
 * Next.js loads itself (the page's chunks) run without listing them.
 *
 * Browser-safe: no Node APIs.
 */

export type Header = { key: string; value: string };

/**
 * Browser features the app never uses, switched off for it and anything it might embed. Only features that
 * Chromium recognises: an unknown name costs a console error on every page.
 */
const DISABLED_FEATURES = [
  "accelerometer",
  "autoplay",
  "browsing-topics",
  "camera",
  "display-capture",
  "encrypted-media",
  "geolocation",
  "gyroscope",
  "hid",
  "idle-detection",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "picture-in-picture",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
] as const;

export const PERMISSIONS_POLICY = DISABLED_FEATURES.map((feature) => `${feature}=()`).join(", ");

/** Two years, for this host and its subdomains; preloading is left to whoever owns the domain. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** The headers that are the same for every response. */
export const BASE_SECURITY_HEADERS: readonly Header[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // frame-ancestors 'none' says the same to every browser that knows CSP; this is for the ones that do not.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** The build's scripts, style sheets and fonts load nothing themselves and are never framed. */
export const STATIC_FILE_CSP = "default-src 'none'; frame-ancestors 'none'";

export type PagePolicyOptions = {
  /** This request's nonce (see createNonce). */
  nonce: string;
  /**
   * next dev: React rebuilds server error stacks with eval and the dev overlay injects style elements
   * without a nonce. Never in a production build.
   */
  development: boolean;
  /** The request came over TLS: subresources are then fetched over https only. */
  overTls: boolean;
};

/** The Content-Security-Policy of every response the proxy handles (pages and the rest alike). */
export function pageContentSecurityPolicy({ nonce, development, overTls }: PagePolicyOptions): string {
  const directives: string[][] = [
    ["default-src", "'self'"],
    // 'self' only for browsers without 'strict-dynamic' (CSP 2), which ignore it when they know the keyword.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", development ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    ["img-src", "'self'"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ...(overTls ? [["upgrade-insecure-requests"]] : []),
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** All security headers of a response the proxy handles, with its Content-Security-Policy. */
export function securityHeaders({ policy, overTls }: { policy: string; overTls: boolean }): Header[] {
  return [
    ...BASE_SECURITY_HEADERS,
    { key: "Content-Security-Policy", value: policy },
    ...(overTls ? [{ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }] : []),
  ];
}

/** A nonce for one request: 128 random bits, base64 (what CSP's 'nonce-…' source expects). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

type HeaderRule = {
  source: string;
  has?: { type: "header"; key: string; value?: string }[];
  headers: Header[];
};

/**
 * next.config.ts headers() rules for the paths the proxy skips (the import upload answers JSON, which the
 * static files' policy fits). HSTS only when a TLS-terminating proxy in front says the request was https
 * (Next.js itself serves plain HTTP); the first X-Forwarded-Proto value is the one the client used.
 */
export function staticFileHeaderRules(): HeaderRule[] {
  const headers = [...BASE_SECURITY_HEADERS, { key: "Content-Security-Policy", value: STATIC_FILE_CSP }];
  const hsts = [{ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }];
  const overTls = [
    { type: "header" as const, key: "x-forwarded-proto", value: "(?:[Hh][Tt][Tt][Pp][Ss])(?:\\s*,.*)?" },
  ];
  return ["/_next/static/:path*", "/_next/image", "/admin/data/import"].flatMap((source) => [
    { source, headers },
    { source, has: overTls, headers: hsts },
  ]);
}
