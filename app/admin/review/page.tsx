import Link from "next/link";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { findReviewQueue, REVIEW_QUEUE_PAGE_SIZE, type ReviewQueueItem } from "@/lib/curation/review-queries";
import { parseReviewQueueQuery, type ReviewQueueQuery } from "@/lib/curation/review-schemas";
import { pick, toLocale } from "@/lib/i18n/locale";
import { QueueFilters } from "@/components/admin/review/queue-filters";
import { adminPageViewer } from "../access";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.review"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function queryString(query: ReviewQueueQuery, page: number): string {
  const params = new URLSearchParams();
  for (const key of ["intervention", "outcome", "submitter"] as const) if (query[key]) params.set(key, query[key]);
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export default async function ReviewQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await adminPageViewer("/admin/review", "review", "submission");
  const query = parseReviewQueueQuery(await searchParams);
  const queue = await findReviewQueue({ viewer, query });
  const t = await getTranslations("admin.review");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const pages = Math.max(1, Math.ceil(queue.total / REVIEW_QUEUE_PAGE_SIZE));
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long" });
  const waited = (hours: number) =>
    hours >= 48 ? t("days", { count: Math.floor(hours / 24) }) : t("hours", { count: hours });
  const roundText = (item: ReviewQueueItem) => {
    if (item.isOwn) return t("round.own");
    if (!item.round) return null;
    if (item.round.awaitingTiebreak) return t("round.tiebreak");
    const made = t("round.made", { made: item.round.made, needed: item.round.needed });
    return item.round.viewerHasDecided ? `${made} · ${t("round.youDecided")}` : made;
  };

  return (
    <div className="max-w-5xl">
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      {queue.secondReview && (
        <p className="mt-3 rounded border border-brand-700 bg-brand-50 p-3" data-testid="second-review-on">
          {t("secondReviewOn")}
        </p>
      )}
      <QueueFilters
        labels={{ legend: t("filters.label"), apply: t("filters.apply"), reset: t("filters.reset") }}
        fields={[
          {
            name: "intervention",
            label: t("filters.intervention"),
            all: t("filters.allInterventions"),
            value: query.intervention ?? "",
            choices: queue.choices.interventions.map((i) => ({ value: i.slug, label: pick(i.name, locale)! })),
          },
          {
            name: "outcome",
            label: t("filters.outcome"),
            all: t("filters.allOutcomes"),
            value: query.outcome ?? "",
            choices: queue.choices.outcomes.map((o) => ({ value: o.slug, label: pick(o.name, locale)! })),
          },
          {
            name: "submitter",
            label: t("filters.submitter"),
            all: t("filters.allSubmitters"),
            value: query.submitter ?? "",
            choices: queue.choices.submitters.map((s) => ({ value: s.id, label: s.name })),
          },
        ]}
      />

      <h2 className="mt-6 text-lg font-semibold" aria-live="polite">
        {t("count", { count: queue.total })}
      </h2>
      {queue.items.length === 0 ? (
        queue.total === 0 && Object.keys(query).length > 0 && <p className="mt-2">{t("empty")}</p>
      ) : (
        <ol className="mt-3 space-y-3" start={(queue.page - 1) * queue.pageSize + 1}>
          {queue.items.map((item) => {
            const title = pick(item.title, locale) || item.citation;
            const round = roundText(item);
            return (
              <li key={item.id} className="rounded border border-slate-300 p-3" aria-labelledby={`queue-${item.id}`}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <h3 id={`queue-${item.id}`} className="font-semibold">
                      <Link
                        href={`/admin/review/${item.id}`}
                        className="text-brand-700 underline"
                        aria-label={t("open", { title })}
                      >
                        {title}
                      </Link>
                      {item.isProposal && (
                        <span className="ml-2 rounded border border-amber-700 bg-amber-50 px-2 py-0.5 text-sm font-normal text-amber-900">
                          {t("proposal")}
                        </span>
                      )}
                    </h3>
                    <p className="text-sm text-slate-700">{item.citation}</p>
                  </div>
                  <p className="text-sm font-medium">{t("waited", { time: waited(item.waitedHours) })}</p>
                </div>
                <p className="mt-1 text-sm text-slate-700">
                  {t("submittedBy", { name: item.submitter.name, date: date(item.submittedAt) })} · {t("outcomes")}:{" "}
                  {item.outcomes.map((o) => pick(o.name, locale)).join(", ")}
                </p>
                {round && (
                  <p className="mt-1 text-sm font-medium" data-testid="round">
                    {round}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}

      {pages > 1 && (
        <nav aria-label={t("pagination.label")} className="mt-6 flex items-center gap-4">
          {queue.page > 1 && (
            <Link href={`/admin/review${queryString(query, queue.page - 1)}`} className="text-brand-700 underline">
              {t("pagination.previous")}
            </Link>
          )}
          <span>{t("pagination.page", { page: queue.page, pages })}</span>
          {queue.page < pages && (
            <Link href={`/admin/review${queryString(query, queue.page + 1)}`} className="text-brand-700 underline">
              {t("pagination.next")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
