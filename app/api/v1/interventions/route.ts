/** GET /api/v1/interventions: filtered, faceted, paged catalogue (lib/intervention/http.ts). */
import { catalogueDb } from "@/lib/db";
import { handleListRequest } from "@/lib/intervention/http";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request): Promise<Response> {
  return handleListRequest(await catalogueDb(), request);
}
