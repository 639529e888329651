/**
 * POST /api/v1/meta-analysis as a function of the request and the rate limits, so the route stays one line
 * and the tests can pass limits over their own database. Limit → read the body (capped) → parse → lib/stats.
 */
import { badRequest, issuesFromZod } from "./http";
import { BODY_LIMITS, readJsonBody } from "./body";
import { clientAddress, tooManyRequests, type RateLimits } from "../security/rate-limit";
import { metaAnalysisRequestSchema } from "../stats/schemas";
import { runMetaAnalysis } from "../stats/meta-analysis";
import { StatsError } from "../stats/pool";

export async function handleMetaAnalysis(request: Request, limits: RateLimits): Promise<Response> {
  // Counted before the body is read: a refused client costs one upsert, not a parse.
  const address = clientAddress(request.headers);
  if (address) {
    const decision = await limits.consume("metaAnalysis", address);
    if (!decision.allowed) return tooManyRequests(decision);
  }
  const body = await readJsonBody(request, BODY_LIMITS.metaAnalysis);
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
