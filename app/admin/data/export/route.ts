/**
 * GET /admin/data/export?format=json|csv-zip: the whole catalogue as a download, streamed. The grant
 * (export:catalogue:any) is checked here and by the data layer: 401 when signed out, 403 for another role; an
 * unknown format is a 400 naming the parameter.
 */
import { getViewer } from "@/lib/auth/session";
import { appErrorResponse, badRequest } from "@/lib/api/http";
import { db } from "@/lib/db";
import { exportCatalogue, type ExportFormat } from "@/lib/transfer/export";
import { requirePermission } from "@/lib/auth/viewer";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const FORMATS: readonly ExportFormat[] = ["json", "csv-zip"];

export async function GET(request: Request): Promise<Response> {
  try {
    const viewer = requirePermission(await getViewer(), "export", "catalogue");
    const format = new URL(request.url).searchParams.get("format") ?? "json";
    if (!FORMATS.includes(format as ExportFormat)) {
      return badRequest([{ path: "format", message: 'Use "json" or "csv-zip"' }]);
    }
    const result = await exportCatalogue({ viewer, format: format as ExportFormat }, await db());
    return new Response(result.body, {
      headers: {
        "Content-Type": result.contentType,
        "Content-Disposition": `attachment; filename="${result.fileName}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return appErrorResponse(error);
  }
}
