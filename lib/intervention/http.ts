/**
 * The catalogue's public API, as functions of (database, request) so the route handlers stay one line and
 * the tests can call these with their own database. Parse with the shared schema → lib → respond; bad input
 * is always a 400 with the field named, never a 500.
 */
import "server-only";
import type { Db } from "../database/client";
import { badRequest, issuesFromZod, notFound } from "../api/http";
import { parseInterventionFilters, type InterventionFilters } from "./schemas";
import { interventionSlugSchema } from "./api-schemas";
import { findInterventions, getInterventionBySlug } from "./queries";
import { CSV_FILENAME, JSON_FILENAME } from "./csv";
import { exportInterventionsCsv, exportInterventionsJson, type ExportStream } from "./export";

type Parsed = { ok: true; filters: InterventionFilters } | { ok: false; response: Response };

export function parseFilterRequest(request: Request): Parsed {
  const parsed = parseInterventionFilters(new URL(request.url).searchParams);
  return parsed.ok ? parsed : { ok: false, response: badRequest(issuesFromZod(parsed.error)) };
}

/** GET /api/v1/interventions */
export async function handleListRequest(db: Db, request: Request): Promise<Response> {
  const parsed = parseFilterRequest(request);
  if (!parsed.ok) return parsed.response;
  return Response.json(await findInterventions(db, { filters: parsed.filters }));
}

/** GET /api/v1/interventions/{slug} */
export async function handleDetailRequest(db: Db, slug: string): Promise<Response> {
  const parsed = interventionSlugSchema.safeParse(slug);
  if (!parsed.success) {
    return badRequest(parsed.error.issues.map((issue) => ({ path: "slug", message: issue.message })));
  }
  const intervention = await getInterventionBySlug(db, { slug: parsed.data });
  if (!intervention) return notFound("slug", `No intervention with slug "${parsed.data}"`);
  return Response.json(intervention);
}

/** GET /api/v1/interventions.csv: every match (at most EXPORT_MAX_ROWS, else 400), page/pageSize ignored. */
export async function handleCsvRequest(db: Db, request: Request): Promise<Response> {
  const parsed = parseFilterRequest(request);
  if (!parsed.ok) return parsed.response;
  const exported = await exportInterventionsCsv(db, {
    filters: parsed.filters,
    siteUrl: new URL(request.url).origin,
  });
  return exportResponse(exported, "text/csv; charset=utf-8", CSV_FILENAME);
}

/**
 * GET /api/v1/interventions.json: every match as an array of list items in the list's order (at most
 * EXPORT_MAX_ROWS, else 400), page/pageSize ignored.
 */
export async function handleJsonExportRequest(db: Db, request: Request): Promise<Response> {
  const parsed = parseFilterRequest(request);
  if (!parsed.ok) return parsed.response;
  const exported = await exportInterventionsJson(db, { filters: parsed.filters });
  return exportResponse(exported, "application/json", JSON_FILENAME);
}

/** The streamed body with its total, or the refusal naming the limit. */
function exportResponse(exported: ExportStream, contentType: string, filename: string): Response {
  if (!exported.ok) {
    return badRequest([
      {
        path: "(root)",
        message: `The export is limited to ${exported.limit} interventions and this search matches ${exported.total}; add filters`,
      },
    ]);
  }
  return new Response(exported.body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "X-Total-Count": String(exported.total),
    },
  });
}
