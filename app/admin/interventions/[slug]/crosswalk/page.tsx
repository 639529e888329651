import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getCrosswalk } from "@/lib/curation/crosswalk";
import { interventionSlugSchema } from "@/lib/intervention/api-schemas";
import { isAppError } from "@/lib/errors";
import { pick, toLocale } from "@/lib/i18n/locale";
import { formatPartialDate } from "@/lib/format";
import { DemoMark } from "@/components/interventions/badges";
import { ConfirmButton } from "@/components/researcher/confirm-button";
import { ExternalRatingForm, type ExternalRatingLabels } from "@/components/admin/ratings/external-rating-form";
import { adminPageViewer } from "../../../access";
import { createExternalRatingAction, deleteExternalRatingAction, updateExternalRatingAction } from "./actions";
import { ExternalLink } from "@/components/ui/external-link";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const NOTICES = ["removed", "sign-in", "forbidden", "not-found"] as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.ratings.crosswalk"))("title") };
}

export default async function CrosswalkPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { slug } = await params;
  const viewer = await adminPageViewer(`/admin/interventions/${slug}/crosswalk`, "rate", "intervention");
  if (!interventionSlugSchema.safeParse(slug).success) notFound();
  const crosswalk = await getCrosswalk({ viewer, slug }).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("admin.ratings");
  const tc = await getTranslations("admin.ratings.crosswalk");
  const tn = await getTranslations("admin.ratings.notices");
  const tcl = await getTranslations("commonLevels");
  const locale = toLocale(await getLocale());
  const name = pick(crosswalk.intervention.name, locale)!;
  const query = await searchParams;
  const notice = NOTICES.find((value) => value === query.notice);

  const labels = (submit: string): ExternalRatingLabels => ({
    submit,
    clearinghouse: tc("clearinghouse"),
    chooseClearinghouse: tc("chooseClearinghouse"),
    level: tc("level"),
    chooseLevel: tc("chooseLevel"),
    levelAsWritten: tc("levelAsWritten"),
    levelAsWrittenHint: tc("levelAsWrittenHint"),
    topic: tc("topic"),
    topicHint: tc("topicHint"),
    ratedOn: tc("ratedOn"),
    reviewedOn: tc("reviewedOn"),
    dateHint: tc("dateHint"),
    url: tc("url"),
    isVerified: tc("isVerified"),
    note: tc("note"),
  });
  const date = (value: string | null) => (value ? formatPartialDate(value, locale) : "—");

  return (
    <div className="max-w-5xl">
      <p className="flex flex-wrap gap-x-4 text-sm">
        <Link href="/admin/interventions" className="text-brand-700 underline">
          ← {t("back")}
        </Link>
        <Link href={`/interventions/${slug}`} className="text-brand-700 underline">
          {t("publicPage")}
        </Link>
        <Link href={`/admin/interventions/${slug}/rating`} className="text-brand-700 underline">
          {t("ratingLink")}
        </Link>
        <Link href="/admin/clearinghouses" className="text-brand-700 underline">
          {tc("manageClearinghouses")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-brand-800">
        {tc("pageTitle", { name })}
        {crosswalk.intervention.isDemo && <DemoMark />}
      </h1>
      <p className="mt-2 max-w-3xl text-slate-700">{tc("intro")}</p>
      {notice && (
        <p
          role={notice === "removed" ? "status" : "alert"}
          className="mt-3 rounded border border-slate-500 bg-slate-50 px-3 py-2"
        >
          {tn(notice)}
        </p>
      )}

      {crosswalk.ratings.length === 0 ? (
        <p className="mt-4">{tc("empty")}</p>
      ) : (
        <ul className="mt-4 space-y-3">
          {crosswalk.ratings.map((r) => (
            <li key={r.id} className="rounded border border-slate-300 p-3" data-testid="crosswalk-rating">
              <p className="font-semibold">
                {r.clearinghouse.name} ({r.clearinghouse.country}): {r.levelAsWritten ?? r.level}
              </p>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 text-sm">
                <dt className="font-medium">{tc("level")}</dt>
                <dd>{r.level}</dd>
                <dt className="font-medium">{tc("common")}</dt>
                <dd>{tcl(r.commonLevel ?? "none")}</dd>
                <dt className="font-medium">{tc("topic")}</dt>
                <dd>{r.topic ?? "—"}</dd>
                <dt className="font-medium">{tc("dates")}</dt>
                <dd>
                  {date(r.ratedOn)} / {date(r.reviewedOn)}
                </dd>
                <dt className="font-medium">{tc("source")}</dt>
                <dd className="break-all">
                  {r.url ? <ExternalLink url={r.url}>{r.url}</ExternalLink> : "—"} (
                  {r.isVerified ? tc("verified") : tc("unverified")})
                </dd>
                {r.note && (
                  <>
                    <dt className="font-medium">{tc("note")}</dt>
                    <dd>{r.note}</dd>
                  </>
                )}
              </dl>
              <div className="mt-2 flex flex-wrap items-start gap-3">
                <details className="flex-1">
                  <summary className="cursor-pointer text-brand-700 underline">
                    {tc("edit")}
                    <span className="sr-only">: {tc("editTitle", { clearinghouse: r.clearinghouse.name })}</span>
                  </summary>
                  <div className="mt-2">
                    <ExternalRatingForm
                      id={`rating-${r.id}`}
                      action={updateExternalRatingAction.bind(null, slug, r.id)}
                      labels={labels(tc("save"))}
                      clearinghouses={crosswalk.clearinghouses}
                      initial={{ ...r, clearinghouse: r.clearinghouse.slug }}
                    />
                  </div>
                </details>
                <form action={deleteExternalRatingAction}>
                  <input type="hidden" name="slug" value={slug} />
                  <input type="hidden" name="id" value={r.id} />
                  <ConfirmButton
                    confirm={tc("removeConfirm")}
                    label={tc("removeLabel", { clearinghouse: r.clearinghouse.name })}
                    className="rounded border border-red-800 px-3 py-1 text-sm text-red-800 hover:bg-red-50"
                  >
                    {tc("remove")}
                  </ConfirmButton>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}

      <section aria-labelledby="add-rating" className="mt-6 rounded border border-slate-300 p-4">
        <h2 id="add-rating" className="text-lg font-semibold">
          {tc("add")}
        </h2>
        <div className="mt-3">
          <ExternalRatingForm
            id="new-rating"
            action={createExternalRatingAction.bind(null, slug)}
            labels={labels(tc("add"))}
            clearinghouses={crosswalk.clearinghouses}
          />
        </div>
      </section>
    </div>
  );
}
