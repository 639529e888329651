/**
 * Cross-site request forgery guard for route handlers that act on the session cookie (server actions have
 * Next.js's own check). A browser names the page a request comes from in Origin (every cross-origin POST
 * carries it); without it, Sec-Fetch-Site or the Referer tell. A request from another site is refused with
 * 403 in the API's error shape. Allowed are the request's own host (X-Forwarded-Host from the proxy in
 * front, else Host) and the configured address (BETTER_AUTH_URL). A request carrying none of the three
 * headers is no browser's, so it carries no cookie a victim's browser added, and is let through.
 *
 * Token-authenticated API calls (Authorization: Bearer) do not use cookies and are not checked.
 */
import { appErrorResponse } from "../api/http";
import { AppError } from "../errors";

type Env = Record<string, string | undefined>;

function firstValue(header: string | null): string | undefined {
  return header?.split(",")[0]?.trim().toLowerCase() || undefined;
}

/** The hosts (host[:port]) this request may come from. */
function allowedHosts(request: Request, env: Env): Set<string> {
  const hosts = new Set<string>();
  const forwarded = firstValue(request.headers.get("x-forwarded-host"));
  const host = forwarded ?? firstValue(request.headers.get("host"));
  if (host) hosts.add(host);
  else hosts.add(new URL(request.url).host.toLowerCase());
  const configured = env.BETTER_AUTH_URL?.trim();
  if (configured) {
    try {
      hosts.add(new URL(configured).host.toLowerCase());
    } catch {
      // An unparsable BETTER_AUTH_URL is refused where the app starts; it allows nothing here.
    }
  }
  return hosts;
}

function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
    return parsed.host.toLowerCase();
  } catch {
    return null;
  }
}

/** Whether the request comes from this site (or from no browser at all). */
export function isSameOrigin(request: Request, env: Env = process.env): boolean {
  const origin = request.headers.get("origin");
  if (origin !== null) {
    // "null" is an opaque origin (a sandboxed frame, a data: page, some redirects): never ours.
    const host = hostOf(origin);
    return host !== null && allowedHosts(request, env).has(host);
  }
  const site = firstValue(request.headers.get("sec-fetch-site"));
  if (site !== undefined) return site === "same-origin" || site === "none";
  const referer = request.headers.get("referer");
  if (referer !== null) {
    const host = hostOf(referer);
    return host !== null && allowedHosts(request, env).has(host);
  }
  return true;
}

/** A 403 for a cross-origin request, or null when it may go on. */
export function refuseCrossOrigin(request: Request, env: Env = process.env): Response | null {
  if (isSameOrigin(request, env)) return null;
  return appErrorResponse(new AppError("FORBIDDEN", "Requests from another site are refused"));
}
