import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getInterventionForEdit } from "@/lib/curation/intervention-edit";
import { interventionSlugSchema } from "@/lib/intervention/api-schemas";
import { adviceGroupSlugs, preventionLevelSlugs } from "@/lib/intervention/filter-values";
import { pick, toLocale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";
import { InterventionForm } from "@/components/admin/edit/intervention-form";
import { adminPageViewer } from "../../../access";
import { saveInterventionAction } from "./actions";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  return { title: `${slug} — ${(await getTranslations("admin.edit"))("title")}` };
}

export default async function EditInterventionPage({ params }: { params: Params }) {
  const { slug } = await params;
  const viewer = await adminPageViewer(
    `/admin/interventions/${encodeURIComponent(slug)}/edit`,
    "update",
    "intervention",
  );
  if (!interventionSlugSchema.safeParse(slug).success) notFound();
  const item = await getInterventionForEdit({ viewer, slug });
  if (!item) notFound();
  const locale = toLocale(await getLocale());
  const m = messages[locale];
  const t = await getTranslations("admin.edit.form");
  const name = pick(item.record.name, locale) ?? slug;
  const named = (choice: { slug: string; name: { nl: string; en: string } }) => ({
    value: choice.slug,
    label: choice.name[locale],
  });

  return (
    <div>
      <p className="text-sm">
        <Link href={`/admin/interventions/${slug}`} className="text-brand-700 underline">
          ← {t("back")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-brand-800">{t("title", { name })}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <div className="mt-6">
        <InterventionForm
          // A newer version (after "load the latest version") starts the form afresh.
          key={item.version}
          slug={slug}
          version={item.version}
          initial={item.record}
          locale={locale}
          labels={{ form: m.admin.edit.form, fields: m.admin.edit.fields, targetGroup: m.admin.edit.targetGroup }}
          preventionLevels={preventionLevelSlugs.map((value) => ({ value, label: m.prevention[value] }))}
          adviceGroups={adviceGroupSlugs.map((value) => ({ value, label: m.adviceGroups[value] }))}
          deliveryModes={item.choices.deliveryModes.map(named)}
          riskFactors={item.choices.riskFactors.map(named)}
          otherProvenance={item.otherProvenance.map(
            (p) => `${p.path}: ${m.provenance[p.kind]} — ${locale === "nl" ? p.reason.nl : p.reason.en}`,
          )}
          save={saveInterventionAction}
        />
      </div>
    </div>
  );
}
