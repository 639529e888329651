import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SubmissionForm } from "@/components/evidence/submission-form";
import { researcherPageViewer } from "../access";
import { saveDraftAction, submitAction } from "../actions";
import { loadFormProps } from "../form-props";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("researcher"))("newTitle") };
}

export default async function NewSubmissionPage() {
  await researcherPageViewer("/researcher/new");
  const t = await getTranslations("researcher");
  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href="/researcher" className="text-brand-700 underline">
          {t("backToList")}
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold text-brand-800">{t("newTitle")}</h1>
      <SubmissionForm {...await loadFormProps()} saveDraft={saveDraftAction} submit={submitAction} />
    </div>
  );
}
