import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SubmissionForm } from "@/components/evidence/submission-form";
import { toSubmissionInput } from "@/lib/submission/api-schemas";
import { SUBMISSION_STATUS_SLUGS, isEditable } from "@/lib/submission/status";
import type { StudyStatus } from "@/generated/prisma/enums";
import { researcherPageViewer } from "../../access";
import { saveDraftAction, submitAction } from "../../actions";
import { loadFormProps } from "../../form-props";
import { loadOwnSubmission } from "../load";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("researcher"))("editTitle") };
}

type Params = Promise<{ id: string }>;

export default async function EditSubmissionPage({ params }: { params: Params }) {
  const { id } = await params;
  const viewer = await researcherPageViewer(`/researcher/${encodeURIComponent(id)}/edit`);
  const entry = await loadOwnSubmission(viewer, id);
  if (!entry) notFound();
  const t = await getTranslations("researcher");
  const status = (Object.keys(SUBMISSION_STATUS_SLUGS) as StudyStatus[]).find(
    (key) => SUBMISSION_STATUS_SLUGS[key] === entry.status,
  )!;

  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href="/researcher" className="text-brand-700 underline">
          {t("backToList")}
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold text-brand-800">{t("editTitle")}</h1>
      {isEditable(status) ? (
        <SubmissionForm
          {...await loadFormProps()}
          entryId={entry.id}
          initial={toSubmissionInput(entry)}
          saveDraft={saveDraftAction}
          submit={submitAction}
        />
      ) : (
        <p role="alert" className="rounded border border-amber-700 bg-amber-50 p-3 text-amber-900">
          {t("notEditable", { status: t(`status.${entry.status}`) })}{" "}
          <Link href={`/researcher/${entry.id}`} className="underline">
            {t("actions.view")}
          </Link>
        </p>
      )}
    </div>
  );
}
