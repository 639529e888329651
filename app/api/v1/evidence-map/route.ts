/** GET /api/v1/evidence-map: outcomes × target groups, with counts, best certainty and largest effect. */
import { catalogueDb } from "@/lib/db";
import { badRequest, issuesFromZod } from "@/lib/api/http";
import { evidenceMapQuerySchema } from "@/lib/evidence/evidence-map-schemas";
import { getEvidenceMap } from "@/lib/evidence/evidence-map";
import { searchParamsToObject } from "@/lib/intervention/schemas";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request): Promise<Response> {
  const parsed = evidenceMapQuerySchema.safeParse(searchParamsToObject(new URL(request.url).searchParams));
  if (!parsed.success) return badRequest(issuesFromZod(parsed.error));
  return Response.json(await getEvidenceMap(await catalogueDb(), parsed.data));
}
