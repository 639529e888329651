import Link from "next/link";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageViewer } from "@/lib/auth/session";
import { findSavedSearches, SEARCH_SNAPSHOT_CAP } from "@/lib/decision/saved-searches";
import { NAME_MAX, QUERY_MAX } from "@/lib/decision/shortlists-schemas";
import { DecisionNav } from "@/components/decision/decision-nav";
import { AlertsForm } from "@/components/decision/alerts-form";
import { ChangeList } from "@/components/decision/change-list";
import { FeedControl } from "@/components/decision/feed-control";
import {
  deleteSavedSearchAction,
  markSavedSearchSeenAction,
  renameSavedSearchAction,
  renewSearchFeedAction,
  revokeSearchFeedAction,
  saveSearchAction,
} from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("alerts.searches"))("title") };
}

export default async function SavedSearchesPage() {
  const viewer = await requirePageViewer("/saved-searches");
  const t = await getTranslations("alerts.searches");
  const tc = await getTranslations("alerts.common");
  const format = await getFormatter();
  const searches = await findSavedSearches({ viewer });
  const secondary = "rounded border border-brand-800 px-3 py-1 text-sm text-brand-800 hover:bg-brand-50";
  const hidden = (name: string, value: string) => ({ kind: "hidden" as const, name, value });
  return (
    <div className="max-w-4xl">
      <DecisionNav current="saved-searches" />
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <p className="mt-1 text-sm text-slate-700">{t("cap", { cap: SEARCH_SNAPSHOT_CAP })}</p>

      {searches.length === 0 ? (
        <p className="mt-4">{t("empty")}</p>
      ) : (
        <ul className="mt-4 space-y-4">
          {searches.map((search) => (
            <li
              key={search.id}
              id={`search-${search.id}`}
              className="rounded border border-slate-300 p-3"
              aria-labelledby={`search-name-${search.id}`}
            >
              <h2 id={`search-name-${search.id}`} className="text-lg font-semibold">
                {search.name}
              </h2>
              <p className="text-sm text-slate-700">
                <Link
                  href={`/interventions${search.query ? `?${search.query}` : ""}`}
                  className="text-brand-700 underline"
                >
                  {t("open")}
                </Link>{" "}
                · {t("matches", { count: search.total })} ·{" "}
                {search.lastViewedAt
                  ? tc("lastViewed", { date: format.dateTime(new Date(search.lastViewedAt), { dateStyle: "long" }) })
                  : tc("neverViewed")}
              </p>
              <p className="break-all font-mono text-xs text-slate-600">{search.query || "—"}</p>
              {search.isCapped && (
                <p className="mt-1 text-sm text-amber-900">
                  {t("capped", { total: search.total, cap: SEARCH_SNAPSHOT_CAP })}
                </p>
              )}
              <section className="mt-2" aria-label={tc("changesCount", { count: search.changes.length })}>
                <p className="text-sm font-semibold">{tc("changesCount", { count: search.changes.length })}</p>
                {search.changes.length > 0 && <ChangeList changes={search.changes} />}
              </section>
              <div className="mt-2 flex flex-wrap gap-3">
                <AlertsForm
                  id={`search-seen-${search.id}`}
                  action={markSavedSearchSeenAction}
                  fields={[hidden("id", search.id)]}
                  submitLabel={tc("markSeen")}
                />
                <AlertsForm
                  id={`search-delete-${search.id}`}
                  action={deleteSavedSearchAction}
                  fields={[hidden("id", search.id)]}
                  submitLabel={tc("delete")}
                  confirm={tc("deleteConfirm")}
                  buttonClassName="rounded border border-red-800 px-3 py-1 text-sm text-red-800 hover:bg-red-50"
                />
              </div>
              <AlertsForm
                id={`search-rename-${search.id}`}
                action={renameSavedSearchAction}
                className="mt-3 max-w-md"
                inline
                fields={[
                  hidden("id", search.id),
                  { kind: "text", name: "name", label: tc("name"), defaultValue: search.name, maxLength: NAME_MAX },
                ]}
                submitLabel={tc("rename")}
                buttonClassName={secondary}
              />
              <FeedControl
                id={search.id}
                hasFeed={search.hasFeed}
                renew={renewSearchFeedAction}
                revoke={revokeSearchFeedAction}
              />
            </li>
          ))}
        </ul>
      )}

      <section aria-labelledby="save-a-search" className="mt-6 max-w-xl">
        <h2 id="save-a-search" className="text-lg font-semibold">
          {t("save")}
        </h2>
        <AlertsForm
          id="save-query"
          action={saveSearchAction}
          fields={[
            { kind: "text", name: "name", label: t("saveName"), maxLength: NAME_MAX, required: true },
            { kind: "text", name: "query", label: t("query"), maxLength: QUERY_MAX, placeholder: "/interventions?…" },
          ]}
          submitLabel={t("save")}
        />
      </section>
    </div>
  );
}
