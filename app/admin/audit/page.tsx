import Link from "next/link";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import {
  AUDIT_PAGE_SIZE,
  auditQueryString,
  findAuditEntityTypes,
  findAuditEntries,
  parseAuditQuery,
  type AuditFilters,
} from "@/lib/curation/audit-log";
import { isAppError, type FieldIssue } from "@/lib/errors";
import { toLocale } from "@/lib/i18n/locale";
import { AdminPagination } from "@/components/admin/edit/pagination";
import { AuditData } from "@/components/admin/audit/audit-data";
import { adminPageViewer } from "../access";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.audit"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await adminPageViewer("/admin/audit", "read", "audit-log");
  const t = await getTranslations("admin.audit");
  const te = await getTranslations("admin.edit");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const parsed = parseAuditQuery(await searchParams, locale);
  let issues: FieldIssue[] = parsed.ok ? [] : parsed.issues;
  const { page: requestedPage, ...filters }: AuditFilters & { page?: number } = parsed.ok ? parsed.data : {};
  const page = requestedPage ?? 1;

  let result: Awaited<ReturnType<typeof findAuditEntries>> | null = null;
  if (parsed.ok) {
    try {
      result = await findAuditEntries({ viewer, filters, page, locale });
    } catch (error) {
      if (!isAppError(error) || error.code !== "INVALID") throw error;
      issues = error.issues;
    }
  }
  const entityTypes = await findAuditEntityTypes({ viewer });
  const total = result?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const exportQuery = auditQueryString(filters);
  const inputClass = "mt-1 block rounded border border-slate-400 px-2 py-1";
  const invalid = (name: string) => issues.some((issue) => issue.path === name);

  return (
    <div className="max-w-5xl">
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>

      {issues.length > 0 && (
        <div role="alert" className="mt-4 rounded border border-red-700 bg-red-50 p-3 text-red-900">
          <p>{t("invalid")}</p>
          <ul className="list-disc pl-6" data-testid="audit-filter-errors">
            {issues.map((issue) => (
              <li key={issue.path}>{issue.message}</li>
            ))}
          </ul>
        </div>
      )}

      <form method="get" action="/admin/audit" aria-label={t("filters.label")} className="mt-4">
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="audit-actor" className="block font-medium">
              {t("filters.actor")}
            </label>
            <input
              id="audit-actor"
              name="actor"
              type="email"
              defaultValue={typeof filters.actor === "string" ? filters.actor : ""}
              aria-invalid={invalid("actor") || undefined}
              className={`${inputClass} w-64`}
            />
          </div>
          <div>
            <label htmlFor="audit-entity-type" className="block font-medium">
              {t("filters.entityType")}
            </label>
            <select
              id="audit-entity-type"
              name="entityType"
              defaultValue={filters.entityType ?? ""}
              aria-invalid={invalid("entityType") || undefined}
              className={inputClass}
            >
              <option value="">{t("filters.anyType")}</option>
              {entityTypes.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="audit-entity-id" className="block font-medium">
              {t("filters.entityId")}
            </label>
            <input
              id="audit-entity-id"
              name="entityId"
              defaultValue={filters.entityId ?? ""}
              aria-describedby="audit-entity-id-hint"
              aria-invalid={invalid("entityId") || undefined}
              className={`${inputClass} w-48`}
            />
            <p id="audit-entity-id-hint" className="text-xs text-slate-600">
              {t("filters.entityIdHint")}
            </p>
          </div>
          <div>
            <label htmlFor="audit-from" className="block font-medium">
              {t("filters.from")}
            </label>
            <input
              id="audit-from"
              name="from"
              type="date"
              defaultValue={filters.from ?? ""}
              aria-invalid={invalid("from") || undefined}
              className={inputClass}
            />
          </div>
          <div>
            <label htmlFor="audit-to" className="block font-medium">
              {t("filters.to")}
            </label>
            <input
              id="audit-to"
              name="to"
              type="date"
              defaultValue={filters.to ?? ""}
              aria-invalid={invalid("to") || undefined}
              className={inputClass}
            />
          </div>
          <button type="submit" className="rounded bg-brand-800 px-4 py-1.5 text-white hover:bg-brand-700">
            {t("filters.submit")}
          </button>
          <Link href="/admin/audit" className="self-center text-brand-700 underline">
            {t("filters.reset")}
          </Link>
        </div>
      </form>

      <div className="mt-6 flex flex-wrap items-baseline justify-between gap-3">
        <h2 className="text-lg font-semibold">{t("count", { count: total })}</h2>
        {result && (
          <a
            href={`/admin/audit/export${exportQuery ? `?${exportQuery}` : ""}`}
            className="rounded border border-brand-800 px-3 py-1 text-sm text-brand-800 hover:bg-brand-50"
            download
          >
            {t("export")}
          </a>
        )}
      </div>
      {result && result.items.length === 0 && <p className="mt-2">{t("empty")}</p>}
      {result && result.items.length > 0 && (
        <table className="mt-3 w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">
                {t("columns.time")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("columns.actor")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("columns.action")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("columns.entity")}
              </th>
              <th scope="col" className="py-2">
                {t("columns.data")}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((entry) => (
              <tr key={entry.id} className="border-b border-slate-200 align-top" data-testid="audit-row">
                <td className="py-2 pr-3 whitespace-nowrap">
                  <time dateTime={entry.createdAt.toISOString()}>
                    {format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
                  </time>
                </td>
                <td className="py-2 pr-3">
                  {entry.actor ? (
                    <Link
                      href={`/admin/audit?actor=${encodeURIComponent(entry.actor.email)}`}
                      className="text-brand-700 underline"
                      title={entry.actor.email}
                    >
                      {entry.actor.name}
                    </Link>
                  ) : (
                    <span className="text-slate-600">{t("system")}</span>
                  )}
                </td>
                <td className="py-2 pr-3 font-mono text-xs">{entry.action}</td>
                <td className="py-2 pr-3">
                  <Link
                    href={`/admin/audit?${new URLSearchParams({ entityType: entry.entityType, entityId: entry.entityId })}`}
                    className="text-brand-700 underline"
                    title={t("entityLink")}
                  >
                    {entry.entityType} {entry.entityId}
                  </Link>
                </td>
                <td className="py-2">
                  <AuditData data={entry.data} changesLabel={(count) => t("changes", { count })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AdminPagination
        page={page}
        pages={pages}
        href={(to) => {
          const text = auditQueryString(filters, to);
          return text ? `/admin/audit?${text}` : "/admin/audit";
        }}
        labels={{
          label: te("pagination.label"),
          previous: te("pagination.previous"),
          next: te("pagination.next"),
          page: te("pagination.page", { page, pages }),
        }}
      />
    </div>
  );
}
