import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { adminPageViewer } from "@/app/admin/access";
import { db } from "@/lib/db";
import { findReferenceLists, getInterventionBySlug } from "@/lib/intervention/queries";
import { interventionSlugSchema } from "@/lib/intervention/api-schemas";
import { pick, toLocale } from "@/lib/i18n/locale";
import { namesOf } from "@/components/interventions/reference-names";
import { HeadlineEffectText } from "@/components/interventions/effect-summary";
import { CertaintyExplanation, CertaintyHistory } from "@/components/evidence/certainty-explanation";
import { CurationForm, SelectField, TextArea } from "@/components/admin/ratings/form-kit";
import { CERTAINTY_LEVELS } from "@/lib/evidence/certainty";
import { overrideCertaintyAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.ratings.certainty"))("title") };
}

type Params = Promise<{ slug: string }>;

/** The editors' page for overriding the certainty of an intervention's headline effects, with a reason. */
export default async function CertaintyPage({ params }: { params: Params }) {
  const { slug } = await params;
  await adminPageViewer(`/admin/interventions/${slug}/certainty`, "rate", "intervention");
  if (!interventionSlugSchema.safeParse(slug).success) notFound();
  const prisma = await db();
  const [item, references] = await Promise.all([getInterventionBySlug(prisma, { slug }), findReferenceLists(prisma)]);
  if (!item) notFound();
  const t = await getTranslations("admin.ratings.certainty");
  const ts = await getTranslations("synthesis");
  const locale = toLocale(await getLocale());
  const outcomeNames = namesOf(references.outcomes, locale);
  const levelOptions = [
    { value: "computed", label: t("computed") },
    ...CERTAINTY_LEVELS.map((level) => ({ value: level, label: ts(`certaintyLevel.${level}`) })),
  ];

  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href={`/admin/interventions/${slug}`} className="text-brand-700 underline">
          ← {pick(item.name, locale)}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-brand-800">{t("title")}</h1>
      <p className="mt-2">{t("intro")}</p>
      {item.pooledEffects.length === 0 ? (
        <p className="mt-4">{t("none")}</p>
      ) : (
        <ul className="mt-4 space-y-6">
          {item.pooledEffects.map((p) => (
            <li key={p.outcome} className="rounded border border-slate-200 p-4">
              <h2 className="text-lg font-semibold">{outcomeNames[p.outcome] ?? p.outcome}</h2>
              <p className="text-sm">
                <HeadlineEffectText effect={p} />
              </p>
              {p.certainty && <CertaintyExplanation certainty={p.certainty} />}
              <CertaintyHistory entries={item.certaintyHistory.filter((h) => h.outcome === p.outcome)} />
              <CurationForm
                id={`certainty-${p.outcome}`}
                action={overrideCertaintyAction.bind(null, slug, p.outcome)}
                submitLabel={t("submit")}
                className="mt-3 space-y-3"
              >
                <SelectField name="level" label={t("level")} options={levelOptions} initial="computed" />
                <TextArea name="reason" label={t("reason")} hint={t("reasonHint")} />
              </CurationForm>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
