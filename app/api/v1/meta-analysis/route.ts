/** POST /api/v1/meta-analysis: pool studies with metafor's conventions. Parse → lib/stats → respond. */
import { badRequest, issuesFromZod, readJson } from "@/lib/api/http";
import { metaAnalysisRequestSchema } from "@/lib/stats/schemas";
import { runMetaAnalysis } from "@/lib/stats/meta-analysis";
import { StatsError } from "@/lib/stats/pool";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function POST(request: Request): Promise<Response> {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const parsed = metaAnalysisRequestSchema.safeParse(body.value);
  if (!parsed.success) return badRequest(issuesFromZod(parsed.error));
  try {
    return Response.json(runMetaAnalysis(parsed.data));
  } catch (error) {
    // Data that passes the schema but cannot be analysed (e.g. REML not converging) is still the client's input.
    if (error instanceof StatsError) {
      return badRequest([{ path: error.path.length > 0 ? error.path.join(".") : "studies", message: error.message }]);
    }
    throw error;
  }
}
