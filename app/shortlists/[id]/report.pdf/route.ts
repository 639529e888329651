/**
 * GET /shortlists/{id}/report.pdf: the municipal report of one of the signed-in officer's shortlists as a
 * PDF, in Dutch. Signed out: 401; someone else's shortlist answers 404 like a missing one (the data layer
 * checks the owner).
 */
import { db } from "@/lib/db";
import { getViewer } from "@/lib/auth/session";
import { appErrorResponse } from "@/lib/api/http";
import { getShortlistReport } from "@/lib/decision/report";
import { renderReportPdf } from "@/components/decision/report-pdf";
import { pdfResponse } from "@/components/decision/report-response";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await params;
    const data = await getShortlistReport(await db(), { viewer: await getViewer(), shortlistId: id });
    return pdfResponse(await renderReportPdf(data, "nl"), "shortlist", data.madeAt);
  } catch (error) {
    return appErrorResponse(error);
  }
}
