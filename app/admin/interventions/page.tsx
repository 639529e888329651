import Link from "next/link";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { findInterventionsForEditing, parseInterventionListQuery } from "@/lib/curation/intervention-edit";
import { pick, toLocale } from "@/lib/i18n/locale";
import { AdminPagination } from "@/components/admin/edit/pagination";
import { adminPageViewer } from "../access";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.edit"))("title") };
}

const PAGE_SIZE = 25;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminInterventionsPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await adminPageViewer("/admin/interventions", "update", "intervention");
  const t = await getTranslations("admin.edit");
  const tl = await getTranslations("levels");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const parsed = parseInterventionListQuery(await searchParams, locale);
  const query = parsed.ok ? parsed.data : { q: undefined, page: undefined };
  const page = query.page ?? 1;
  const { items, total } = await findInterventionsForEditing({ viewer, q: query.q, page, pageSize: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const href = (to: number) => {
    const params = new URLSearchParams();
    if (query.q) params.set("q", query.q);
    if (to > 1) params.set("page", String(to));
    const text = params.toString();
    return text ? `/admin/interventions?${text}` : "/admin/interventions";
  };

  return (
    <div className="max-w-4xl">
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("list.intro")}</p>
      {!parsed.ok && (
        <p role="alert" className="mt-4 rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {t("list.invalidQuery", { problems: parsed.issues.map((issue) => issue.message).join("; ") })}
        </p>
      )}
      <form method="get" action="/admin/interventions" role="search" className="mt-4 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="intervention-search" className="block font-medium">
            {t("list.search")}
          </label>
          <input
            id="intervention-search"
            name="q"
            type="search"
            defaultValue={query.q ?? ""}
            className="mt-1 w-72 rounded border border-slate-400 px-2 py-1"
          />
        </div>
        <button type="submit" className="rounded bg-brand-800 px-4 py-1.5 text-white hover:bg-brand-700">
          {t("list.searchButton")}
        </button>
      </form>

      <h2 className="mt-6 text-lg font-semibold" aria-live="polite">
        {t("list.count", { count: total })}
      </h2>
      {items.length === 0 ? (
        <p className="mt-2">{t("list.empty")}</p>
      ) : (
        <table className="mt-3 w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">
                {t("list.name")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("list.slug")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("list.level")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("list.version")}
              </th>
              <th scope="col" className="py-2">
                {t("list.updated")}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.slug} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-3">
                  <Link href={`/admin/interventions/${item.slug}`} className="text-brand-700 underline">
                    {pick(item.name, locale)}
                  </Link>
                  {item.isDemo && <span className="ml-2 text-xs text-slate-600">({t("list.demo")})</span>}
                </td>
                <td className="py-2 pr-3 font-mono text-xs">{item.slug}</td>
                <td className="py-2 pr-3">{tl(item.evidenceLevel)}</td>
                <td className="py-2 pr-3">{item.version}</td>
                <td className="py-2">{format.dateTime(item.updatedAt, { dateStyle: "medium" })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AdminPagination
        page={page}
        pages={pages}
        href={href}
        labels={{
          label: t("pagination.label"),
          previous: t("pagination.previous"),
          next: t("pagination.next"),
          page: t("pagination.page", { page, pages }),
        }}
      />
    </div>
  );
}
