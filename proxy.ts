/**
 * Runs before every request except the build's static files (next.config.ts gives those their headers):
 * refuses an over-long query string (414), and gives every answer its security headers, with a fresh
 * Content-Security-Policy nonce that Next.js puts on its own scripts and styles (it reads the nonce from the
 * request's Content-Security-Policy header, which is why that header is set on the request too).
 * It also gives every request its id (X-Request-Id, on the request for the logs and on the answer), and
 * while no database can serve reads (lib/database/serving-state.ts) answers 503 at once, except the health
 * check, which says so itself.
 */
import { NextResponse, type NextRequest } from "next/server";
import { createNonce, pageContentSecurityPolicy, securityHeaders, type Header } from "./lib/security/headers";
import { queryStringBytes, queryTooLongResponse } from "./lib/security/query-limit";
import { readProxySettings } from "./lib/security/settings";
import { isTlsRequest } from "./lib/security/transport";
import { requestIdFor } from "./lib/security/request-id";
import { databaseDownResponse } from "./lib/security/database-down";
import { noDatabaseServes } from "./lib/database/serving-state";

// Once per process: a bad QUERY_STRING_MAX_BYTES fails every request with an error that names it.
const settings = readProxySettings();

function withHeaders<T extends Response>(response: T, headers: Header[]): T {
  for (const { key, value } of headers) response.headers.set(key, value);
  return response;
}

export function proxy(request: NextRequest) {
  const overTls = isTlsRequest(request.headers, request.url);
  const policy = pageContentSecurityPolicy({ nonce: createNonce(), development: settings.development, overTls });
  const requestId = requestIdFor(request.headers.get("x-request-id"));
  const headers = [...securityHeaders({ policy, overTls }), { key: "X-Request-Id", value: requestId }];

  const queryBytes = queryStringBytes(request.url);
  if (queryBytes > settings.maxQueryStringBytes) {
    const refusal = queryTooLongResponse(request.nextUrl.pathname, queryBytes, settings.maxQueryStringBytes);
    return withHeaders(refusal, headers);
  }

  if (noDatabaseServes() && request.nextUrl.pathname !== "/api/health") {
    return withHeaders(databaseDownResponse(request.nextUrl.pathname), headers);
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  requestHeaders.set("X-Request-Id", requestId);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
}

export const config = {
  // Everything but the build's hashed static files, image optimisation and the catalogue import's upload (see
  // staticFileHeaderRules, which gives them their headers). Next.js holds the whole body of a request that
  // passes the proxy in memory, cut off at 10 MB; the upload route reads its body itself, within its own limit.
  matcher: ["/((?!_next/static/|_next/image|admin/data/import$).*)"],
};
