/**
 * Over-long query strings are refused before any page or route reads them: 414 URI Too Long, in the API's
 * error shape under /api/ and as a short Dutch page elsewhere. The default, 8 KiB, is well above the longest
 * address the app makes itself (every filter of the catalogue ticked with a 200-character search stays under
 * 3.5 KiB, and under 4 KiB again as the sign-in page's ?next=), the same as the usual limit of web servers
 * and proxies, and half of Node's 16 KiB for all request headers. QUERY_STRING_MAX_BYTES changes it.
 *
 * Browser-safe: no Node APIs.
 */

export const DEFAULT_MAX_QUERY_STRING_BYTES = 8192;

/** QUERY_STRING_MAX_BYTES, a whole number of bytes from 256 up; a bad value is an error naming it. */
export function maxQueryStringBytes(env: Record<string, string | undefined>): number {
  const raw = env.QUERY_STRING_MAX_BYTES?.trim();
  if (!raw) return DEFAULT_MAX_QUERY_STRING_BYTES;
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < 256) {
    throw new Error(`QUERY_STRING_MAX_BYTES must be a whole number of bytes, at least 256 (got "${raw}")`);
  }
  return value;
}

/**
 * The length in bytes of the query string (after "?", before any "#") as it travels: the URL parser leaves
 * it percent-encoded, so every character is one byte.
 */
export function queryStringBytes(url: string | URL): number {
  const { search } = new URL(url);
  return search.length === 0 ? 0 : new TextEncoder().encode(search.slice(1)).length;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The 414 answer: JSON for the API (`/api/…`), a plain Dutch page for everything else. */
export function queryTooLongResponse(pathname: string, bytes: number, limit: number): Response {
  const headers = { "Cache-Control": "no-store" };
  if (pathname === "/api" || pathname.startsWith("/api/")) {
    return Response.json(
      {
        error: "invalid_request",
        issues: [{ path: "(query)", message: `The query string is ${bytes} bytes; at most ${limit} are accepted` }],
      },
      { status: 414, headers },
    );
  }
  const html =
    '<!doctype html><html lang="nl"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    "<title>Webadres te lang · Effectwijzer</title></head><body><main>" +
    "<h1>Webadres te lang</h1>" +
    `<p>Het deel van het webadres na het vraagteken telt ${escapeHtml(String(bytes))} tekens; ` +
    `Effectwijzer neemt er ten hoogste ${escapeHtml(String(limit))}. Kies minder filters of begin opnieuw.</p>` +
    '<p><a href="/interventions">Naar de interventies</a> · <a href="/">Naar de startpagina</a></p>' +
    "</main></body></html>";
  return new Response(html, { status: 414, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}
