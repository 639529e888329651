import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { findClearinghouses } from "@/lib/curation/crosswalk";
import { CurationForm, TextField } from "@/components/admin/ratings/form-kit";
import { adminPageViewer } from "../access";
import { createClearinghouseAction } from "./actions";
import { ExternalLink } from "@/components/ui/external-link";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.ratings.clearinghouses"))("title") };
}

export default async function ClearinghousesPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await adminPageViewer("/admin/clearinghouses", "manage", "clearinghouse");
  const clearinghouses = await findClearinghouses({ viewer });
  const t = await getTranslations("admin.ratings.clearinghouses");
  const tn = await getTranslations("admin.ratings.notices");
  const notice = (await searchParams).notice === "removed" ? tn("removed") : null;

  return (
    <div className="max-w-5xl">
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      {notice && (
        <p role="status" className="mt-3 rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
          {notice}
        </p>
      )}
      <div className="mt-4 overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-1 pr-3">
                {t("name")}
              </th>
              <th scope="col" className="py-1 pr-3">
                {t("country")}
              </th>
              <th scope="col" className="py-1 pr-3">
                {t("levels")}
              </th>
              <th scope="col" className="py-1 pr-3">
                {t("ratings")}
              </th>
              <th scope="col" className="py-1">
                {t("website")}
              </th>
            </tr>
          </thead>
          <tbody>
            {clearinghouses.map((c) => (
              <tr key={c.slug} className="border-b border-slate-100 align-top">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  <Link href={`/admin/clearinghouses/${c.slug}`} className="text-brand-700 underline">
                    {c.name}
                  </Link>
                  <span className="block text-xs text-slate-700">{c.slug}</span>
                </th>
                <td className="py-1 pr-3">{c.country}</td>
                <td className="py-1 pr-3">{c.levels.length}</td>
                <td className="py-1 pr-3">{c.ratings}</td>
                <td className="py-1 break-all">
                  <ExternalLink url={c.website}>{c.website}</ExternalLink>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section aria-labelledby="add-clearinghouse" className="mt-6 rounded border border-slate-300 p-4">
        <h2 id="add-clearinghouse" className="text-lg font-semibold">
          {t("add")}
        </h2>
        <div className="mt-3">
          <CurationForm id="new-clearinghouse" action={createClearinghouseAction} submitLabel={t("create")}>
            <TextField name="name" label={t("name")} />
            <TextField name="slug" label={t("slug")} hint={t("slugHint")} />
            <TextField name="country" label={t("country")} hint={t("countryHint")} />
            <TextField name="website" label={t("website")} type="url" inputMode="url" />
          </CurationForm>
        </div>
      </section>
    </div>
  );
}
