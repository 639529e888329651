import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SUBMISSION_STATUS_SLUGS, isEditable } from "@/lib/submission/status";
import type { StudyStatus } from "@/generated/prisma/enums";
import { pick, toLocale } from "@/lib/i18n/locale";
import { SubmissionStatusBadge } from "@/components/researcher/status-badge";
import { SubmissionHistory } from "@/components/researcher/submission-history";
import { SubmissionDetails } from "@/components/researcher/submission-details";
import { researcherPageViewer } from "../access";
import { loadOwnSubmission } from "./load";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("researcher"))("title") };
}

type Params = Promise<{ id: string }>;

export default async function SubmissionPage({ params }: { params: Params }) {
  const { id } = await params;
  const viewer = await researcherPageViewer(`/researcher/${encodeURIComponent(id)}`);
  const entry = await loadOwnSubmission(viewer, id);
  if (!entry) notFound();
  const t = await getTranslations("researcher");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const status = (Object.keys(SUBMISSION_STATUS_SLUGS) as StudyStatus[]).find(
    (key) => SUBMISSION_STATUS_SLUGS[key] === entry.status,
  )!;
  const title = entry.intervention ? pick(entry.intervention.name, locale) : entry.proposal?.name;
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long" });

  return (
    <div className="max-w-4xl">
      <p className="mb-2 text-sm">
        <Link href="/researcher" className="text-brand-700 underline">
          {t("backToList")}
        </Link>
      </p>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-800">{title}</h1>
        <p>
          <span className="sr-only">{t("statusLabel")}: </span>
          <SubmissionStatusBadge status={entry.status} label={t(`status.${entry.status}`)} />
        </p>
      </div>
      {entry.review && (
        <div className="mt-3 rounded bg-slate-50 p-3">
          <p className="font-medium">{t("reviewReason", { date: date(entry.review.decidedAt) })}</p>
          {entry.review.reason && <p className="whitespace-pre-line">{entry.review.reason}</p>}
        </div>
      )}
      {isEditable(status) && (
        <p className="mt-3">
          <Link href={`/researcher/${entry.id}/edit`} className="text-brand-700 underline">
            {t("actions.edit")}
          </Link>
        </p>
      )}

      <SubmissionDetails entry={entry} />
      <SubmissionHistory
        title={t("history.title")}
        steps={entry.history.map((step, index) => ({
          key: String(index),
          label: t(`history.events.${step.event}`),
          date: format.dateTime(new Date(step.at), { dateStyle: "long", timeStyle: "short" }),
          reason: step.reason,
        }))}
      />
    </div>
  );
}
