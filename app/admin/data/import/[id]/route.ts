/** GET /admin/data/import/{id}: one import job's status, progress and report, which the page polls. */
import { getViewer } from "@/lib/auth/session";
import { appErrorResponse } from "@/lib/api/http";
import { db } from "@/lib/db";
import { getImportJob } from "@/lib/jobs/import-jobs";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await context.params;
    const job = await getImportJob({ viewer: await getViewer(), id }, await db());
    return Response.json({ job }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return appErrorResponse(error);
  }
}
