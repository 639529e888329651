import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getInterventionForEdit } from "@/lib/curation/intervention-edit";
import { interventionSlugSchema } from "@/lib/intervention/api-schemas";
import { pick, toLocale } from "@/lib/i18n/locale";
import { adminPageViewer } from "../../access";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  return { title: `${slug} — ${(await getTranslations("admin.edit"))("title")}` };
}

/** One intervention in the editors' area: what it is, and the ways to change it. */
export default async function AdminInterventionPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const { slug } = await params;
  const viewer = await adminPageViewer(`/admin/interventions/${encodeURIComponent(slug)}`, "update", "intervention");
  if (!interventionSlugSchema.safeParse(slug).success) notFound();
  const item = await getInterventionForEdit({ viewer, slug });
  if (!item) notFound();
  const t = await getTranslations("admin.edit");
  const tl = await getTranslations("levels");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const query = await searchParams;
  const saved = typeof query.saved === "string" && /^\d{1,9}$/.test(query.saved) ? Number(query.saved) : null;
  const unchanged = query.unchanged === "1";
  const name = pick(item.record.name, locale);

  const tasks = [
    { href: `/admin/interventions/${slug}/edit`, title: t("hub.edit"), text: t("hub.editText") },
    { href: `/admin/interventions/${slug}/rating`, title: t("hub.rating"), text: t("hub.ratingText") },
    { href: `/admin/interventions/${slug}/crosswalk`, title: t("hub.crosswalk"), text: t("hub.crosswalkText") },
    { href: `/admin/interventions/${slug}/certainty`, title: t("hub.certainty"), text: t("hub.certaintyText") },
    { href: `/interventions/${slug}`, title: t("hub.public"), text: t("hub.publicText") },
  ];

  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href="/admin/interventions" className="text-brand-700 underline">
          ← {t("hub.back")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-brand-800">{name}</h1>
      <p className="font-mono text-sm text-slate-700">{slug}</p>
      {(saved !== null || unchanged) && (
        <p role="status" className="mt-3 rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {saved !== null ? t("hub.saved", { version: saved }) : t("hub.unchanged")}
        </p>
      )}
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t("hub.summary")}</dt>
        <dd data-testid="hub-summary">{pick(item.record.summary, locale)}</dd>
        <dt className="font-medium">{t("hub.level")}</dt>
        <dd>{tl(item.evidenceLevel)}</dd>
        <dt className="font-medium">{t("fields.targetGroups")}</dt>
        <dd>{t("hub.targetGroups", { count: item.record.targetGroups.length })}</dd>
      </dl>
      <p className="mt-2 text-sm text-slate-700" data-testid="hub-version">
        {t("hub.version", { version: item.version, date: format.dateTime(item.updatedAt, { dateStyle: "long" }) })}
      </p>

      <h2 className="mt-6 text-lg font-semibold">{t("hub.tasks")}</h2>
      <ul className="mt-3 grid gap-4 sm:grid-cols-2">
        {tasks.map((task) => (
          <li key={task.href} className="rounded border border-slate-200 p-4">
            <Link href={task.href} className="font-semibold text-brand-700 underline">
              {task.title}
            </Link>
            <p className="mt-1 text-sm text-slate-700">{task.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
