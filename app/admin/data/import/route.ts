/**
 * POST /admin/data/import (multipart form, field `file`): starts an import job for an editor holding
 * import:catalogue:any and answers 202 with the job, which the page then follows. A missing, empty or wrongly
 * named file is a 400 naming the field `file`, in the page's language; an upload over the limit (IMPORT_MAX_MB,
 * by default DEFAULT_IMPORT_MB, at most MAX_IMPORT_BYTES) is a 413 naming it, refused before or while it is
 * read; 401 / 403 as elsewhere, and 403 for a request from another site (the session cookie authenticates it).
 */
import { cookies } from "next/headers";
import { getViewer } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/viewer";
import { appErrorResponse, badRequest } from "@/lib/api/http";
import { importBodyLimit, payloadTooLarge, readFormBody } from "@/lib/api/body";
import { db } from "@/lib/db";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/locale";
import { createImportJob, MAX_IMPORT_BYTES } from "@/lib/jobs/import-jobs";
import { appImportQueue } from "@/lib/jobs/queue";
import { refuseCrossOrigin } from "@/lib/security/same-origin";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const TOO_LARGE = {
  nl: (mb: number) => `Het bestand is groter dan ${mb} MB; importeer het met npm run data:import`,
  en: (mb: number) => `The file is larger than ${mb} MB; import it with npm run data:import`,
};
const NOT_A_FORM = {
  nl: "Stuur het bestand als formulier (multipart/form-data) in het veld file",
  en: "Send the file as a form (multipart/form-data) in the field file",
};

export async function POST(request: Request): Promise<Response> {
  const crossOrigin = refuseCrossOrigin(request);
  if (crossOrigin) return crossOrigin;
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  try {
    const viewer = requirePermission(await getViewer(), "import", "catalogue");
    // An oversized upload is refused by its Content-Length, or as soon as more than the limit has arrived.
    const limit = importBodyLimit(MAX_IMPORT_BYTES);
    const form = await readFormBody(request, limit.bodyBytes, {
      tooLarge: () =>
        payloadTooLarge(limit.bodyBytes, { path: "file", message: TOO_LARGE[locale](limit.fileBytes / 1024 / 1024) }),
      notAForm: () => badRequest([{ path: "file", message: NOT_A_FORM[locale] }]),
    });
    if (!form.ok) return form.response;
    const file = form.value.get("file");
    const upload = file instanceof File ? file : null;
    const database = await db();
    const job = await createImportJob(
      {
        viewer,
        locale,
        fileName: upload?.name ?? "",
        bytes: upload ? new Uint8Array(await upload.arrayBuffer()) : null,
      },
      database,
    );
    await appImportQueue().enqueue(job.id);
    return Response.json({ job }, { status: 202 });
  } catch (error) {
    return appErrorResponse(error);
  }
}
