/**
 * POST /admin/data/import (multipart form, field `file`): starts an import job for an editor holding
 * import:catalogue:any and answers 202 with the job, which the page then follows. A missing, empty, too large
 * or wrongly named file is a 400 naming the field `file`, in the page's language; 401 / 403 as elsewhere.
 */
import { cookies } from "next/headers";
import { getViewer } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/viewer";
import { appErrorResponse, badRequest } from "@/lib/api/http";
import { db } from "@/lib/db";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/locale";
import { createImportJob, MAX_IMPORT_BYTES } from "@/lib/jobs/import-jobs";
import { appImportQueue } from "@/lib/jobs/queue";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const TOO_LARGE = {
  nl: `Het bestand is groter dan ${MAX_IMPORT_BYTES / 1024 / 1024} MB; importeer het met npm run data:import`,
  en: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; import it with npm run data:import`,
};
const NOT_A_FORM = {
  nl: "Stuur het bestand als formulier (multipart/form-data) in het veld file",
  en: "Send the file as a form (multipart/form-data) in the field file",
};

export async function POST(request: Request): Promise<Response> {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  try {
    const viewer = requirePermission(await getViewer(), "import", "catalogue");
    // Refuse an oversized upload before reading it (the form adds a little around the file).
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > MAX_IMPORT_BYTES + 64 * 1024) return badRequest([{ path: "file", message: TOO_LARGE[locale] }]);
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return badRequest([{ path: "file", message: NOT_A_FORM[locale] }]);
    }
    const file = form.get("file");
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
