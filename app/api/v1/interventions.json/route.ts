/** GET /api/v1/interventions.json: the same filters as the list, every match as one JSON array (lib/intervention/http.ts). */
import { catalogueSnapshotDb } from "@/lib/db";
import { handleJsonExportRequest } from "@/lib/intervention/http";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request): Promise<Response> {
  return handleJsonExportRequest(await catalogueSnapshotDb(), request);
}
