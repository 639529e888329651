/** GET /api/v1/submissions/{id}: one of the caller's entries (lib/submission/http.ts). */
import { db } from "@/lib/db";
import { handleGetSubmission } from "@/lib/submission/http";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  return handleGetSubmission(await db(), request, id);
}
