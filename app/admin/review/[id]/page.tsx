import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getReviewEntry, type ReviewEntry } from "@/lib/curation/review-queries";
import { suggestSlug } from "@/lib/curation/review-form-state";
import { submissionIdSchema } from "@/lib/submission/api-schemas";
import type { SubmissionDesign } from "@/lib/submission/schemas";
import { adviceGroupSlugs, preventionLevelSlugs } from "@/lib/intervention/filter-values";
import { RATIO_MEASURES, type Measure } from "@/lib/stats/constants";
import { isAppError } from "@/lib/errors";
import { pick, toLocale } from "@/lib/i18n/locale";
import { formatEstimate } from "@/lib/format";
import type { Viewer } from "@/lib/auth/viewer";
import { SubmissionStatusBadge } from "@/components/researcher/status-badge";
import { SubmissionDetails } from "@/components/researcher/submission-details";
import { SubmissionHistory } from "@/components/researcher/submission-history";
import { EffectImpact } from "@/components/admin/review/effect-impact";
import { DecisionList } from "@/components/admin/review/decision-list";
import { DecisionForm } from "@/components/admin/review/decision-form";
import { ProposalForm } from "@/components/admin/review/proposal-form";
import { adminPageViewer } from "../../access";
import { acceptAction, acceptProposalAction, askAction, rejectAction, retractAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.review"))("title") };
}

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const DONE = ["accepted", "rejected", "asked", "retracted", "recorded"] as const;
const Z95 = 1.959963984540054;

async function load(viewer: Viewer, rawId: string): Promise<ReviewEntry | null> {
  const id = submissionIdSchema.safeParse(rawId);
  if (!id.success) return null;
  try {
    return await getReviewEntry({ viewer, id: id.data });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

export default async function ReviewEntryPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const { id } = await params;
  const viewer = await adminPageViewer(`/admin/review/${encodeURIComponent(id)}`, "review", "submission");
  const page = await load(viewer, id);
  if (!page) notFound();
  const { entry, round } = page;
  const t = await getTranslations("admin.review");
  const tr = await getTranslations("researcher");
  const tp = await getTranslations("prevention");
  const tadv = await getTranslations("adviceGroups");
  const td = await getTranslations("designs");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long" });
  const dateTime = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long", timeStyle: "short" });
  const title = entry.intervention
    ? pick(entry.intervention.name, locale)!
    : (entry.proposal?.name ?? entry.study.citation);
  const doneParam = (await searchParams).done;
  const done = DONE.find((value) => value === doneParam);
  const doneText =
    done === "recorded" && round?.awaitingTiebreak ? t("done.tiebreak") : done ? t(`done.${done}`) : null;
  const waiting = entry.status === "submitted";
  const isProposal = entry.intervention === null && entry.proposal !== null;

  const effectText = (e: { measure: string; yi: number | null; vi: number | null }) => {
    if (e.yi === null || e.vi === null) return "—";
    const se = Math.sqrt(e.vi);
    const ratio = RATIO_MEASURES.includes(e.measure as Measure);
    const natural = (v: number) => (ratio ? Math.exp(v) : v);
    const name = e.measure === "SMD" ? "g" : e.measure;
    return `${name} = ${formatEstimate(natural(e.yi), natural(e.yi - Z95 * se), natural(e.yi + Z95 * se), locale)}`;
  };

  const formLabels = {
    pending: t("forms.pending"),
  };
  const proposal = entry.proposal;

  return (
    <div className="max-w-6xl">
      <p className="mb-2 text-sm">
        <Link href="/admin/review" className="text-brand-700 underline">
          {t("entry.back")}
        </Link>
      </p>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-800">
          {title}
          {isProposal && <span className="ml-2 text-base font-normal text-slate-700">({t("proposal")})</span>}
        </h1>
        <p data-testid="entry-status">
          <span className="sr-only">{t("entry.status")}: </span>
          <SubmissionStatusBadge status={entry.status} label={tr(`status.${entry.status}`)} />
        </p>
      </div>
      {page.submitter && entry.submittedAt && (
        <p className="text-sm text-slate-700">
          {t("entry.submittedBy", {
            name: page.submitter.name,
            email: page.submitter.email,
            date: date(entry.submittedAt),
          })}
        </p>
      )}
      {doneText && (
        <p role="status" className="mt-3 rounded border border-green-800 bg-green-50 p-3 text-green-900">
          {doneText}
        </p>
      )}

      <div className="mt-2 grid gap-8 lg:grid-cols-[3fr_2fr]">
        <div>
          <SubmissionDetails entry={entry} />
        </div>
        {page.intervention && (
          <section aria-labelledby="evidence" className="mt-6">
            <h2 id="evidence" className="text-xl font-semibold">
              {t("entry.evidenceTitle", { name: pick(page.intervention.name, locale)! })}
            </h2>
            {page.intervention.studies.length === 0 ? (
              <p className="mt-2">{t("entry.noEvidence")}</p>
            ) : (
              <ul className="mt-2 divide-y divide-slate-200 text-sm">
                {page.intervention.studies.map((s) => (
                  <li key={s.id} className="py-2">
                    <p className="font-medium">{s.citation}</p>
                    <p className="text-slate-700">
                      {td(s.design.toLowerCase().replace(/_/g, "-") as SubmissionDesign)}
                      {s.sampleSize !== null && ` · ${t("entry.nColumn")} = ${s.sampleSize}`}
                    </p>
                    <ul>
                      {s.effects.map((e, index) => (
                        <li key={index}>
                          {pick(e.outcome.name, locale)}: <span className="tabular-nums">{effectText(e)}</span>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
      </div>

      {page.impact && (
        <section aria-labelledby="impact" className="mt-8">
          <h2 id="impact" className="text-xl font-semibold">
            {t("entry.impactTitle")}
          </h2>
          <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("entry.impactIntro")}</p>
          <EffectImpact impact={page.impact} entryId={entry.id} locale={locale} />
        </section>
      )}

      <section aria-labelledby="decisions" className="mt-8">
        <h2 id="decisions" className="text-xl font-semibold">
          {t("decisions.title")}
        </h2>
        {waiting && page.secondReview && <p className="mt-1">{t("decisions.secondReview")}</p>}
        {!waiting && <p className="mt-1">{t("entry.notWaiting")}</p>}
        {page.cannotDecide === "own" && <p className="mt-1">{t("decisions.own")}</p>}
        {page.decisions === null && round && round.made > 0 && !page.isOwn && (
          <p className="mt-1" data-testid="decisions-hidden">
            {t("decisions.hidden", { made: round.made })}
          </p>
        )}
        {round?.viewerHasDecided && waiting && (
          <p className="mt-1 font-medium">
            {round.awaitingTiebreak ? t("decisions.waitingTiebreak") : t("decisions.waitingOther")}
          </p>
        )}
        {page.canDecide && round?.awaitingTiebreak && <p className="mt-1 font-medium">{t("decisions.tiebreak")}</p>}
        {page.decisions && page.decisions.length > 0 && (
          <DecisionList
            decisions={page.decisions}
            formatDate={dateTime}
            labels={{
              accept: t("decisions.accept"),
              reject: t("decisions.reject"),
              tiebreak: t("decisions.tiebreakMark"),
              by: (name, when) => t("decisions.by", { name, date: when }),
            }}
          />
        )}
        {page.decisions && page.decisions.length === 0 && waiting && !page.isOwn && (
          <p className="mt-1 text-slate-700">{t("decisions.none")}</p>
        )}

        {page.canDecide && (
          <div className="mt-4 grid gap-4 lg:grid-cols-2">
            {isProposal && proposal ? (
              <div className="lg:col-span-2">
                <ProposalForm
                  action={acceptProposalAction}
                  entryId={entry.id}
                  preventionLevels={preventionLevelSlugs.map((value) => ({ value, label: tp(value) }))}
                  adviceGroups={adviceGroupSlugs.map((value) => ({ value, label: tadv(value) }))}
                  initial={{
                    slug: suggestSlug(proposal.name),
                    nameNl: proposal.name,
                    nameEn: proposal.name,
                    summaryNl: "",
                    summaryEn: "",
                    descriptionNl: proposal.description,
                    descriptionEn: "",
                    website: proposal.websiteUrl ?? "",
                    preventionLevel: "",
                    ageMinMonths: proposal.ageMinMonths === null ? "" : String(proposal.ageMinMonths),
                    ageMaxMonths: proposal.ageMaxMonths === null ? "" : String(proposal.ageMaxMonths),
                    tgDescriptionNl: proposal.targetGroup,
                    tgDescriptionEn: "",
                    adviceGroups: [],
                    reason: "",
                  }}
                  labels={{
                    title: t("proposalForm.title"),
                    intro: t("proposalForm.intro"),
                    slug: t("proposalForm.slug"),
                    slugHint: t("proposalForm.slugHint"),
                    nameNl: t("proposalForm.nameNl"),
                    nameEn: t("proposalForm.nameEn"),
                    summaryNl: t("proposalForm.summaryNl"),
                    summaryEn: t("proposalForm.summaryEn"),
                    descriptionNl: t("proposalForm.descriptionNl"),
                    descriptionEn: t("proposalForm.descriptionEn"),
                    website: t("proposalForm.website"),
                    targetGroup: t("proposalForm.targetGroup"),
                    preventionLevel: t("proposalForm.preventionLevel"),
                    choose: t("proposalForm.choose"),
                    ageMin: t("proposalForm.ageMin"),
                    ageMax: t("proposalForm.ageMax"),
                    tgDescriptionNl: t("proposalForm.tgDescriptionNl"),
                    tgDescriptionEn: t("proposalForm.tgDescriptionEn"),
                    adviceGroups: t("proposalForm.adviceGroups"),
                    note: t("proposalForm.note"),
                    button: t("proposalForm.button"),
                    optional: t("proposalForm.optional"),
                    errorSummary: t("forms.errorSummary"),
                    ...formLabels,
                  }}
                />
              </div>
            ) : (
              <DecisionForm
                action={acceptAction}
                entryId={entry.id}
                name="accept"
                required={false}
                tone="accept"
                labels={{
                  title: t("forms.acceptTitle"),
                  reason: t("forms.acceptNote"),
                  button: t("forms.acceptButton"),
                  ...formLabels,
                }}
              />
            )}
            <DecisionForm
              action={rejectAction}
              entryId={entry.id}
              name="reject"
              required
              tone="reject"
              labels={{
                title: t("forms.rejectTitle"),
                reason: t("forms.rejectReason"),
                button: t("forms.rejectButton"),
                ...formLabels,
              }}
            />
          </div>
        )}
        {page.canAsk && (
          <div className="mt-4 max-w-2xl">
            <DecisionForm
              action={askAction}
              entryId={entry.id}
              name="ask"
              required
              labels={{
                title: t("forms.askTitle"),
                intro: t("forms.askIntro"),
                reason: t("forms.askReason"),
                button: t("forms.askButton"),
                ...formLabels,
              }}
            />
          </div>
        )}
        {page.canRetract && (
          <div className="mt-4 max-w-2xl">
            <DecisionForm
              action={retractAction}
              entryId={entry.id}
              name="retract"
              required
              tone="reject"
              labels={{
                title: t("forms.retractTitle"),
                intro: t("forms.retractIntro"),
                reason: t("forms.retractReason"),
                button: t("forms.retractButton"),
                ...formLabels,
              }}
            />
          </div>
        )}
        {page.earlierDecisions.length > 0 && (
          <>
            <h3 className="mt-6 font-semibold">{t("decisions.earlier")}</h3>
            <DecisionList
              decisions={page.earlierDecisions}
              formatDate={dateTime}
              labels={{
                accept: t("decisions.accept"),
                reject: t("decisions.reject"),
                tiebreak: t("decisions.tiebreakMark"),
                by: (name, when) => t("decisions.by", { name, date: when }),
              }}
            />
          </>
        )}
      </section>

      <SubmissionHistory
        title={t("entry.historyTitle")}
        steps={page.history.map((step, index) => ({
          key: String(index),
          label: t(`history.${step.event}`),
          date: dateTime(step.at),
          actor: step.actor ? t("entry.historyBy", { name: step.actor }) : null,
          reason: step.reason,
        }))}
      />
    </div>
  );
}
