import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageViewer } from "@/lib/auth/session";
import { findAlerts } from "@/lib/decision/alerts";
import { DecisionNav } from "@/components/decision/decision-nav";
import { ChangeList } from "@/components/decision/change-list";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("alerts.alerts"))("title") };
}

export default async function AlertsPage() {
  const viewer = await requirePageViewer("/alerts");
  const t = await getTranslations("alerts.alerts");
  const tc = await getTranslations("alerts.common");
  const { groups } = await findAlerts({ viewer });
  return (
    <div className="max-w-4xl">
      <DecisionNav current="alerts" />
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      {groups.length === 0 ? (
        <p className="mt-4">{t("none")}</p>
      ) : (
        <ul className="mt-4 space-y-4">
          {groups.map((group) => {
            const heading = t(group.kind === "shortlist" ? "shortlist" : "search", { name: group.name });
            return (
              <li key={`${group.kind}-${group.id}`} className="rounded border border-slate-300 p-3">
                <h2 className="text-lg font-semibold">
                  <Link href={group.href} className="text-brand-700 underline">
                    {heading}
                  </Link>
                </h2>
                <p className="text-sm text-slate-700">{tc("changesCount", { count: group.changes.length })}</p>
                <ChangeList changes={group.changes} label={heading} />
              </li>
            );
          })}
        </ul>
      )}
      <p className="mt-6 text-sm text-slate-700">{t("mail")}</p>
    </div>
  );
}
