import Link from "next/link";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { toLocale } from "@/lib/i18n/locale";
import { importBodyLimit } from "@/lib/api/body";
import { findImportJobs, MAX_IMPORT_BYTES } from "@/lib/jobs/import-jobs";
import { adminDataEn, adminDataNl } from "@/lib/i18n/messages/admin-data";
import { ImportPanel } from "@/components/admin/data/import-panel";
import { adminPageViewer } from "../access";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.data"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Export the whole catalogue (JSON or CSV zip), upload an import and follow it, and see recent imports. */
export default async function AdminDataPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await adminPageViewer("/admin/data", "import", "catalogue");
  const t = await getTranslations("admin.data");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const jobs = await findImportJobs({ viewer }, await db());
  const { job } = await searchParams;
  const followed = typeof job === "string" && /^[a-z0-9]{1,40}$/.test(job) ? job : null;
  // Templates the browser fills in itself ({count}, {done}, …): the messages as written, not formatted here.
  const raw = locale === "nl" ? adminDataNl : adminDataEn;
  const button = "inline-block rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-700";

  return (
    <div className="max-w-4xl">
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>

      <section aria-labelledby="export-title" className="mt-6">
        <h2 id="export-title" className="text-xl font-semibold text-brand-800">
          {t("export.title")}
        </h2>
        <p className="mt-1">{t("export.text")}</p>
        <p className="mt-3 flex flex-wrap gap-3">
          <a href="/admin/data/export?format=json" download className={button} data-testid="export-json">
            {t("export.json")}
          </a>
          <a href="/admin/data/export?format=csv-zip" download className={button} data-testid="export-zip">
            {t("export.zip")}
          </a>
        </p>
        <p className="mt-2 text-sm text-slate-700">{t("export.note")}</p>
      </section>

      <section aria-labelledby="import-title" className="mt-8">
        <h2 id="import-title" className="text-xl font-semibold text-brand-800">
          {t("import.title")}
        </h2>
        <p className="mt-1">{t("import.text")}</p>
        <ImportPanel
          locale={locale}
          initialJobId={followed}
          labels={{
            file: t("import.file", { mb: importBodyLimit(MAX_IMPORT_BYTES).fileBytes / 1024 / 1024 }),
            submit: t("import.submit"),
            sending: t("import.sending"),
            failed: raw.import.failed,
            job: raw.job,
            counts: raw.counts,
          }}
        />
      </section>

      <section aria-labelledby="recent-title" className="mt-8">
        <h2 id="recent-title" className="text-xl font-semibold text-brand-800">
          {t("recent.title")}
        </h2>
        {jobs.length === 0 ? (
          <p className="mt-1">{t("recent.empty")}</p>
        ) : (
          <table className="mt-2 w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="py-1 pr-3">
                  {t("recent.file")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("recent.started")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("recent.status")}
                </th>
                <th scope="col" className="py-1">
                  <span className="sr-only">{t("recent.follow")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((j) => (
                <tr key={j.id} className="border-b border-slate-200">
                  <td className="py-1 pr-3">{j.fileName}</td>
                  <td className="py-1 pr-3">
                    {format.dateTime(new Date(j.createdAt), { dateStyle: "medium", timeStyle: "short" })}
                  </td>
                  <td className="py-1 pr-3">{t(`recent.statuses.${j.status}`)}</td>
                  <td className="py-1">
                    <Link href={`/admin/data?job=${j.id}`} className="text-brand-700 underline">
                      {t("recent.follow")}
                      <span className="sr-only">: {j.fileName}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
