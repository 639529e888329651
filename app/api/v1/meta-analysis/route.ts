/** POST /api/v1/meta-analysis: pool studies with metafor's conventions (lib/api/meta-analysis.ts). */
import { db } from "@/lib/db";
import { handleMetaAnalysis } from "@/lib/api/meta-analysis";
import { rateLimitsFor } from "@/lib/security/rate-limit";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function POST(request: Request): Promise<Response> {
  return handleMetaAnalysis(request, rateLimitsFor(await db()));
}
