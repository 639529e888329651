/**
 * GET /admin/audit/export: the audit log as CSV, with the page's filters. The grant is checked here (401
 * when signed out, 403 for a role without read:audit-log:any) and again by the data layer; a bad filter is
 * a 400 naming the parameter.
 */
import { cookies } from "next/headers";
import { getViewer } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/viewer";
import { appErrorResponse, badRequest } from "@/lib/api/http";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/locale";
import { exportAuditCsv, parseAuditQuery, queryValues } from "@/lib/curation/audit-log";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request): Promise<Response> {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  try {
    const viewer = requirePermission(await getViewer(), "read", "audit-log");
    const parsed = parseAuditQuery(queryValues(new URL(request.url).searchParams), locale);
    if (!parsed.ok) return badRequest(parsed.issues);
    const { page: _page, ...filters } = parsed.data;
    void _page;
    const { csv, total } = await exportAuditCsv({ viewer, filters, locale });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="effectwijzer-logboek-${day}.csv"`,
        "X-Total-Count": String(total),
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return appErrorResponse(error);
  }
}
