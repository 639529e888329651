import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getRatingState } from "@/lib/curation/ratings";
import { allEvidenceLevelSlugs, interventionSlugSchema } from "@/lib/intervention/api-schemas";
import { recognitionStatusSlugs } from "@/lib/intervention/recognition";
import { isAppError } from "@/lib/errors";
import { today } from "@/lib/clock";
import { pick, toLocale } from "@/lib/i18n/locale";
import { DemoMark, LevelBadge, StaleMarker } from "@/components/interventions/badges";
import { RecognitionStatement } from "@/components/interventions/dutch-recognition";
import { RatingHistory } from "@/components/evidence/rating-history";
import { RatingForm } from "@/components/admin/ratings/rating-form";
import { adminPageViewer } from "../../../access";
import { rateInterventionAction } from "./actions";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.ratings"))("title") };
}

export default async function RatingPage({ params }: { params: Params }) {
  const { slug } = await params;
  const viewer = await adminPageViewer(`/admin/interventions/${slug}/rating`, "rate", "intervention");
  if (!interventionSlugSchema.safeParse(slug).success) notFound();
  const state = await getRatingState({ viewer, slug }).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("admin.ratings");
  const tf = await getTranslations("admin.ratings.form");
  const tl = await getTranslations("levels");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const name = pick(state.name, locale)!;
  const { recognition } = state;

  return (
    <div className="max-w-4xl">
      <p className="flex flex-wrap gap-x-4 text-sm">
        <Link href="/admin/interventions" className="text-brand-700 underline">
          ← {t("back")}
        </Link>
        <Link href={`/interventions/${slug}`} className="text-brand-700 underline">
          {t("publicPage")}
        </Link>
        <Link href={`/admin/interventions/${slug}/crosswalk`} className="text-brand-700 underline">
          {t("crosswalkLink")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-brand-800">
        {t("pageTitle", { name })}
        {state.isDemo && <DemoMark />}
      </h1>

      <section aria-labelledby="current" className="mt-4 space-y-2 rounded border border-slate-300 p-4">
        <h2 id="current" className="text-lg font-semibold">
          {t("current")}
        </h2>
        <RecognitionStatement recognition={recognition} />
        <p className="flex flex-wrap items-center gap-2 text-sm">
          {t("level")}: <LevelBadge level={state.evidenceLevel} />
          {state.evidenceLevel === "niet-beoordeeld" && tl("niet-beoordeeld")}
          <StaleMarker recognition={recognition} isStale={state.isStale} />
        </p>
        <p className="text-sm">
          {state.lastReviewedOn
            ? t("lastReviewed", { date: format.dateTime(new Date(state.lastReviewedOn), { dateStyle: "long" }) })
            : t("neverReviewed")}
          {state.newStudiesSinceLastRating !== null && (
            <> {t("newEvidence", { count: state.newStudiesSinceLastRating })}</>
          )}
        </p>
      </section>

      <section aria-labelledby="decision" className="mt-6">
        <h2 id="decision" className="text-lg font-semibold">
          {tf("title")}
        </h2>
        <p className="mt-1 mb-3 text-sm text-slate-700">{tf("intro")}</p>
        <RatingForm
          action={rateInterventionAction.bind(null, slug)}
          basedOnEventId={state.latestEventId}
          levels={allEvidenceLevelSlugs.map((value) => ({ value, label: tl(value) }))}
          statuses={recognitionStatusSlugs.map((value) => ({ value, label: tf(`statuses.${value}`) }))}
          initial={{
            level: state.evidenceLevel,
            status: recognition.status,
            isRecognised: recognition.isRecognised,
            committee: recognition.committee,
            decidedOn: today(),
          }}
          labels={{
            submit: tf("submit"),
            level: tf("level"),
            status: tf("status"),
            statusHint: tf("statusHint"),
            isRecognised: tf("isRecognised"),
            isRecognisedHint: tf("isRecognisedHint"),
            endsRecognition: tf("endsRecognition"),
            decidedOn: tf("decidedOn"),
            decidedOnHint: tf("decidedOnHint"),
            committee: tf("committee"),
            committeeHint: tf("committeeHint"),
            expiresOn: tf("expiresOn"),
            expiresOnHint: tf("expiresOnHint"),
            sourceUrl: tf("sourceUrl"),
            isVerified: tf("isVerified"),
            isVerifiedHint: tf("isVerifiedHint"),
            justification: tf("justification"),
            justificationHint: tf("justificationHint"),
          }}
        />
      </section>

      <section aria-labelledby="history" className="mt-8">
        <h2 id="history" className="text-lg font-semibold">
          {t("history")}
        </h2>
        <RatingHistory events={state.ratingHistory} />
      </section>
    </div>
  );
}
