/** GET /api/v1/interventions/{slug}: one intervention in full (lib/intervention/http.ts). */
import { catalogueDb } from "@/lib/db";
import { handleDetailRequest } from "@/lib/intervention/http";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await context.params;
  return handleDetailRequest(await catalogueDb(), slug);
}
