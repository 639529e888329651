import Link from "next/link";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageViewer } from "@/lib/auth/session";
import { findShortlists } from "@/lib/decision/shortlists";
import { NAME_MAX } from "@/lib/decision/shortlists-schemas";
import { DecisionNav } from "@/components/decision/decision-nav";
import { AlertsForm } from "@/components/decision/alerts-form";
import { createShortlistAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("alerts.shortlists"))("title") };
}

export default async function ShortlistsPage() {
  const viewer = await requirePageViewer("/shortlists");
  const t = await getTranslations("alerts.shortlists");
  const tc = await getTranslations("alerts.common");
  const format = await getFormatter();
  const lists = await findShortlists({ viewer });
  return (
    <div className="max-w-4xl">
      <DecisionNav current="shortlists" />
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>

      {lists.length === 0 ? (
        <p className="mt-4">{t("empty")}</p>
      ) : (
        <ul className="mt-4 space-y-3">
          {lists.map((list) => (
            <li key={list.id} className="rounded border border-slate-300 p-3">
              <h2 className="font-semibold">
                <Link href={`/shortlists/${list.id}`} className="text-brand-700 underline">
                  {list.name}
                </Link>
              </h2>
              <p className="text-sm text-slate-700">
                {t("items", { count: list.itemCount })} ·{" "}
                <span className={list.unseenChanges > 0 ? "font-semibold text-amber-900" : undefined}>
                  {t("unseen", { count: list.unseenChanges })}
                </span>{" "}
                ·{" "}
                {list.lastViewedAt
                  ? tc("lastViewed", { date: format.dateTime(new Date(list.lastViewedAt), { dateStyle: "long" }) })
                  : tc("neverViewed")}
              </p>
            </li>
          ))}
        </ul>
      )}

      <section aria-labelledby="new-shortlist" className="mt-6 max-w-md">
        <h2 id="new-shortlist" className="text-lg font-semibold">
          {t("create")}
        </h2>
        <AlertsForm
          id="create-shortlist"
          action={createShortlistAction}
          fields={[{ kind: "text", name: "name", label: tc("name"), maxLength: NAME_MAX, required: true }]}
          submitLabel={t("createButton")}
        />
      </section>
    </div>
  );
}
