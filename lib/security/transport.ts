/**
 * Whether a request reached us over TLS. Next.js serves plain HTTP, so in production TLS ends at a proxy in
 * front, which says so in X-Forwarded-Proto (or the standard Forwarded header); its first value is the
 * protocol the client used. A client that sends the header itself over plain HTTP only gains stricter
 * answers (HSTS, which browsers ignore over HTTP, and Secure cookies, which they then do not send back), so
 * the header is believed without a list of trusted proxies.
 *
 * Browser-safe: no Node APIs.
 */

type HeaderSource = { get(name: string): string | null };

function firstValue(header: string | null): string | undefined {
  return header?.split(",")[0]?.trim().toLowerCase() || undefined;
}

/** The proto= of the first element of a Forwarded header (RFC 7239), e.g. `for=192.0.2.1;proto=https`. */
function forwardedProto(header: string | null): string | undefined {
  const element = header?.split(",")[0];
  if (!element) return undefined;
  for (const pair of element.split(";")) {
    const [name, value] = pair.split("=", 2);
    if (name?.trim().toLowerCase() === "proto" && value) return value.trim().replace(/^"|"$/g, "").toLowerCase();
  }
  return undefined;
}

/** `url`: the request's own URL where the server knows it (https: when it terminated TLS itself). */
export function isTlsRequest(headers: HeaderSource, url?: string | URL): boolean {
  if (url !== undefined && new URL(url).protocol === "https:") return true;
  const proto = firstValue(headers.get("x-forwarded-proto")) ?? forwardedProto(headers.get("forwarded"));
  return proto === "https";
}
