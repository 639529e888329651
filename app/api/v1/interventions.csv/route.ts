/** GET /api/v1/interventions.csv: the same filters as the list, every match as CSV (lib/intervention/http.ts). */
import { catalogueSnapshotDb } from "@/lib/db";
import { handleCsvRequest } from "@/lib/intervention/http";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request): Promise<Response> {
  return handleCsvRequest(await catalogueSnapshotDb(), request);
}
