/**
 * GET /api/report/compare.pdf?slug=…&slug=…: the municipal report of a comparison (2 to 4 interventions) as
 * a PDF, in Dutch. A bad query is a 400 naming the parameter; an unknown slug a 404 naming it.
 */
import { catalogueDb } from "@/lib/db";
import { appErrorResponse, badRequest, issuesFromZod } from "@/lib/api/http";
import { compareQuerySchema } from "@/lib/intervention/compare";
import { searchParamsToObject } from "@/lib/intervention/schemas";
import { getComparisonReport } from "@/lib/decision/report";
import { renderReportPdf } from "@/components/decision/report-pdf";
import { pdfResponse } from "@/components/decision/report-response";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request): Promise<Response> {
  const parsed = compareQuerySchema.safeParse(searchParamsToObject(new URL(request.url).searchParams));
  if (!parsed.success) return badRequest(issuesFromZod(parsed.error));
  try {
    const data = await getComparisonReport(await catalogueDb(), { slugs: parsed.data.slug });
    return pdfResponse(await renderReportPdf(data, "nl"), "vergelijking", data.madeAt);
  } catch (error) {
    return appErrorResponse(error);
  }
}
