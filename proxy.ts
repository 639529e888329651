/**
 * Runs before every request except the build's static files (next.config.ts gives those their headers):
 * refuses an over-long query string (414), and gives every answer its security headers, with a fresh
 * Content-Security-Policy nonce that Next.js puts on its own scripts and styles (it reads the nonce from the
 * request's Content-Security-Policy header, which is why that header is set on the request too).
 */
import { NextResponse, type NextRequest } from "next/server";
import { createNonce, pageContentSecurityPolicy, securityHeaders, type Header } from "./lib/security/headers";
import { queryStringBytes, queryTooLongResponse } from "./lib/security/query-limit";
import { readProxySettings } from "./lib/security/settings";
import { isTlsRequest } from "./lib/security/transport";

// Once per process: a bad QUERY_STRING_MAX_BYTES fails every request with an error that names it.
const settings = readProxySettings();

function withHeaders<T extends Response>(response: T, headers: Header[]): T {
  for (const { key, value } of headers) response.headers.set(key, value);
  return response;
}

export function proxy(request: NextRequest) {
  const overTls = isTlsRequest(request.headers, request.url);
  const policy = pageContentSecurityPolicy({ nonce: createNonce(), development: settings.development, overTls });
  const headers = securityHeaders({ policy, overTls });

  const queryBytes = queryStringBytes(request.url);
  if (queryBytes > settings.maxQueryStringBytes) {
    const refusal = queryTooLongResponse(request.nextUrl.pathname, queryBytes, settings.maxQueryStringBytes);
    return withHeaders(refusal, headers);
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
}

export const config = {
  // Everything but the build's hashed static files and image optimisation (see staticFileHeaderRules).
  matcher: ["/((?!_next/static/|_next/image).*)"],
};
