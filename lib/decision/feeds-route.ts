/**
 * The feed routes' one handler (app/feeds/shortlists/[file], app/feeds/searches/[file]): "<token>.atom" in,
 * Atom out, 404 for anything that is not a live token. ?lang=en gives the English texts.
 */
import "server-only";
import { toLocale } from "../i18n/locale";
import { atomOf, configuredOrigin, getFeed, type FeedKind } from "./feeds";

export async function feedResponse(request: Request, kind: FeedKind, file: string): Promise<Response> {
  const url = new URL(request.url);
  const locale = toLocale(url.searchParams.get("lang"));
  const token = file.endsWith(".atom") ? file.slice(0, -".atom".length) : null;
  const origin = configuredOrigin() ?? url.origin;
  const document = token ? await getFeed({ kind, token, baseUrl: origin, locale }) : null;
  if (!document) {
    return new Response("Not found\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return new Response(atomOf(document, `${origin}${url.pathname}`, locale), {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      // The address is the credential: keep it out of shared caches, search engines and referrers.
      "Cache-Control": "private, no-cache",
      "X-Robots-Tag": "noindex",
      "Referrer-Policy": "no-referrer",
    },
  });
}
