/** POST /api/v1/submissions/{id}/submit (lib/submission/http.ts). */
import { db } from "@/lib/db";
import { handleSubmissionAction } from "@/lib/submission/http";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  return handleSubmissionAction(await db(), request, id, "submit");
}
