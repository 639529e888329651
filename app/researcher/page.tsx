import Link from "next/link";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { findOwnSubmissions } from "@/lib/submission/queries";
import { submissionListQuerySchema } from "@/lib/submission/api-schemas";
import { SUBMISSION_STATUS_SLUGS, isEditable, nextStatus, type SubmissionStatusSlug } from "@/lib/submission/status";
import type { StudyStatus } from "@/generated/prisma/enums";
import { pick, toLocale } from "@/lib/i18n/locale";
import { SubmissionStatusBadge } from "@/components/researcher/status-badge";
import { ConfirmButton } from "@/components/researcher/confirm-button";
import { researcherPageViewer } from "./access";
import { submitEntryAction, withdrawEntryAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("researcher"))("title") };
}

const PAGE_SIZE = 20;
const NOTICES = ["sign-in", "forbidden", "not-found", "conflict", "invalid", "paused", "too-many"] as const;
const STATUS_OF_SLUG = Object.fromEntries(
  Object.entries(SUBMISSION_STATUS_SLUGS).map(([status, slug]) => [slug, status]),
) as Record<SubmissionStatusSlug, StudyStatus>;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ResearcherPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await researcherPageViewer("/researcher");
  const t = await getTranslations("researcher");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const params = await searchParams;
  const query = submissionListQuerySchema.safeParse({
    page: typeof params.page === "string" ? params.page : undefined,
  });
  const page = query.success ? (query.data.page ?? 1) : 1;
  const notice = NOTICES.find((value) => value === params.notice);

  const { items, total } = await findOwnSubmissions({ viewer, page, pageSize: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long" });
  const button = "rounded border border-brand-800 px-3 py-1 text-sm text-brand-800 hover:bg-brand-50";

  return (
    <div className="max-w-4xl">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
        <div className="flex flex-wrap items-center gap-3">
          <Link href="/researcher/tokens" className="text-brand-700 underline">
            {t("apiTokens")}
          </Link>
          <Link
            href="/researcher/new"
            className="rounded bg-brand-800 px-4 py-2 text-white no-underline hover:bg-brand-700"
          >
            {t("newEntry")}
          </Link>
        </div>
      </div>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      {notice && (
        <p role="alert" className="mt-4 rounded border border-amber-700 bg-amber-50 p-3 text-amber-900">
          {t(`notices.${notice}`)}
        </p>
      )}

      <h2 className="mt-6 text-lg font-semibold">{t("count", { count: total })}</h2>
      {items.length === 0 ? (
        <p className="mt-2">{t("empty")}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {items.map((item) => {
            const status = STATUS_OF_SLUG[item.status];
            const title = pick(item.title, locale) || item.citation;
            const label = (action: "view" | "edit" | "submit" | "withdraw") =>
              t("actions.entryLabel", { action: t(`actions.${action}`), title });
            return (
              <li key={item.id} className="rounded border border-slate-300 p-3" aria-labelledby={`entry-${item.id}`}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <h3 id={`entry-${item.id}`} className="font-semibold">
                      <Link href={`/researcher/${item.id}`} className="text-brand-700 underline">
                        {title}
                      </Link>
                    </h3>
                    <p className="text-sm text-slate-700">{item.citation}</p>
                  </div>
                  <p>
                    <span className="sr-only">{t("statusLabel")}: </span>
                    <SubmissionStatusBadge status={item.status} label={t(`status.${item.status}`)} />
                  </p>
                </div>
                <p className="mt-1 text-sm text-slate-700">
                  {t("outcomes", { count: item.outcomes })} · {t("updatedOn", { date: date(item.updatedAt) })}
                  {item.submittedAt && <> · {t("submittedOn", { date: date(item.submittedAt) })}</>}
                </p>
                {item.review && (
                  <div className="mt-2 rounded bg-slate-50 p-2 text-sm">
                    <p className="font-medium">{t("reviewReason", { date: date(item.review.decidedAt) })}</p>
                    {item.review.reason && <p className="whitespace-pre-line">{item.review.reason}</p>}
                  </div>
                )}
                <div className="mt-3 flex flex-wrap gap-2">
                  <Link href={`/researcher/${item.id}`} className={button} aria-label={label("view")}>
                    {t("actions.view")}
                  </Link>
                  {isEditable(status) && (
                    <Link href={`/researcher/${item.id}/edit`} className={button} aria-label={label("edit")}>
                      {t("actions.edit")}
                    </Link>
                  )}
                  {nextStatus(status, "submit") && (
                    <form action={submitEntryAction}>
                      <input type="hidden" name="id" value={item.id} />
                      <input type="hidden" name="page" value={page} />
                      <button type="submit" className={button} aria-label={label("submit")}>
                        {t("actions.submit")}
                      </button>
                    </form>
                  )}
                  {nextStatus(status, "withdraw") && (
                    <form action={withdrawEntryAction}>
                      <input type="hidden" name="id" value={item.id} />
                      <input type="hidden" name="page" value={page} />
                      <ConfirmButton
                        confirm={t("actions.withdrawConfirm")}
                        className={button}
                        label={label("withdraw")}
                      >
                        {t("actions.withdraw")}
                      </ConfirmButton>
                    </form>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}

      {pages > 1 && (
        <nav aria-label={t("pagination.label")} className="mt-6 flex items-center gap-4">
          {page > 1 && (
            <Link href={`/researcher?page=${page - 1}`} className="text-brand-700 underline">
              {t("pagination.previous")}
            </Link>
          )}
          <span>{t("pagination.page", { page, pages })}</span>
          {page < pages && (
            <Link href={`/researcher?page=${page + 1}`} className="text-brand-700 underline">
              {t("pagination.next")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
