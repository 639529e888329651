/**
 * The answer while no database can serve reads (lib/database/serving-state.ts): 503 with Retry-After, in the
 * API's JSON shape under /api/ and as a short Dutch page elsewhere, at once instead of after a timeout.
 * Browser-safe: no Node APIs.
 */
const RETRY_AFTER_SECONDS = "30";

export const DATABASE_DOWN_TEXT_NL =
  "Effectwijzer is even niet beschikbaar: de databank is niet bereikbaar. Probeer het over een paar minuten opnieuw.";
const DATABASE_DOWN_TEXT_EN =
  "Effectwijzer is unavailable for a moment: the database cannot be reached. Please try again in a few minutes.";

export function databaseDownResponse(pathname: string): Response {
  const headers = { "Cache-Control": "no-store", "Retry-After": RETRY_AFTER_SECONDS };
  if (pathname === "/api" || pathname.startsWith("/api/")) {
    return Response.json(
      { error: "unavailable", message: `${DATABASE_DOWN_TEXT_NL} (${DATABASE_DOWN_TEXT_EN})` },
      { status: 503, headers },
    );
  }
  const html =
    '<!doctype html><html lang="nl"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    "<title>Even niet beschikbaar · Effectwijzer</title></head><body><main>" +
    "<h1>Even niet beschikbaar</h1>" +
    `<p>${DATABASE_DOWN_TEXT_NL}</p><p lang="en">${DATABASE_DOWN_TEXT_EN}</p>` +
    "</main></body></html>";
  return new Response(html, { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}
