import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePageViewer } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { toLocale } from "@/lib/i18n/locale";
import { getShortlist, type ShortlistView } from "@/lib/decision/shortlists";
import { NAME_MAX, NOTE_MAX } from "@/lib/decision/shortlists-schemas";
import { DecisionNav } from "@/components/decision/decision-nav";
import { AlertsForm } from "@/components/decision/alerts-form";
import { ChangeList } from "@/components/decision/change-list";
import { FeedControl } from "@/components/decision/feed-control";
import { LevelBadge } from "@/components/interventions/badges";
import {
  deleteShortlistAction,
  markShortlistSeenAction,
  removeItemAction,
  renameShortlistAction,
  renewShortlistFeedAction,
  revokeShortlistFeedAction,
  updateNoteAction,
} from "../actions";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

async function load(id: string): Promise<ShortlistView | null> {
  const viewer = await requirePageViewer(`/shortlists/${encodeURIComponent(id)}`);
  try {
    return await getShortlist({ viewer, id, locale: toLocale(await getLocale()) });
  } catch (error) {
    // Someone else's shortlist, or none: the same answer.
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const list = await load((await params).id);
  return { title: list?.name ?? (await getTranslations("alerts.shortlists"))("title") };
}

export default async function ShortlistPage({ params }: { params: Params }) {
  const list = await load((await params).id);
  if (!list) notFound();
  const locale = toLocale(await getLocale());
  const t = await getTranslations("alerts.shortlists");
  const tc = await getTranslations("alerts.common");
  const format = await getFormatter();
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long" });
  const unseen = list.items.reduce((n, i) => n + i.sinceSeen.length, 0);
  const secondary = "rounded border border-brand-800 px-3 py-1 text-sm text-brand-800 hover:bg-brand-50";
  const hidden = (name: string, value: string) => ({ kind: "hidden" as const, name, value });

  return (
    <div className="max-w-4xl">
      <DecisionNav current="shortlists" />
      <p className="text-sm">
        <Link href="/shortlists" className="text-brand-700 underline">
          ← {t("back")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-brand-800">{list.name}</h1>
      <p className="text-sm text-slate-700">
        {t("items", { count: list.items.length })} ·{" "}
        {list.lastViewedAt ? tc("lastViewed", { date: date(list.lastViewedAt) }) : tc("neverViewed")}
      </p>
      {list.items.length > 0 && (
        <p className="mt-2 flex flex-wrap gap-4 text-sm">
          <Link href={`/report/shortlist/${list.id}`} className="text-brand-700 underline">
            {t("report")}
          </Link>
          <a href={`/shortlists/${list.id}/report.pdf`} className="text-brand-700 underline">
            {t("reportPdf")}
          </a>
        </p>
      )}

      <div className="mt-3 rounded border border-slate-300 bg-slate-50 p-3">
        <p className="font-medium" data-testid="unseen-count">
          {t("unseen", { count: unseen })}
        </p>
        <p className="text-sm text-slate-700">{tc("seenHint")}</p>
        <AlertsForm
          id={`seen-${list.id}`}
          action={markShortlistSeenAction}
          className="mt-2"
          fields={[hidden("id", list.id)]}
          submitLabel={tc("markSeen")}
        />
      </div>

      {list.items.length === 0 ? (
        <p className="mt-4">{t("emptyList")}</p>
      ) : (
        <ul className="mt-4 space-y-4">
          {list.items.map((item) => (
            <li key={item.id} className="rounded border border-slate-300 p-3" aria-labelledby={`item-${item.id}`}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h2 id={`item-${item.id}`} className="text-lg font-semibold">
                  <Link href={`/interventions/${item.slug}`} className="text-brand-700 underline">
                    {item.name[locale]}
                  </Link>
                </h2>
                <LevelBadge level={item.level} />
              </div>
              <p className="text-sm text-slate-700">{t("addedOn", { date: date(item.addedAt) })}</p>

              <section aria-label={t("sinceSeen")} className="mt-2" data-testid="since-seen">
                <h3 className="text-sm font-semibold">{t("sinceSeen")}</h3>
                {item.sinceSeen.length === 0 ? (
                  <p className="text-sm text-slate-700">{tc("noChanges")}</p>
                ) : (
                  <ChangeList changes={item.sinceSeen} showIntervention={false} />
                )}
              </section>
              <details className="mt-2">
                <summary className="cursor-pointer text-sm font-semibold">
                  {t("sinceAdded")} ({tc("changesCount", { count: item.sinceAdded.length })})
                </summary>
                {item.sinceAdded.length > 0 && <ChangeList changes={item.sinceAdded} showIntervention={false} />}
              </details>

              <AlertsForm
                id={`note-${item.id}`}
                action={updateNoteAction}
                className="mt-3"
                fields={[
                  hidden("itemId", item.id),
                  hidden("shortlistId", list.id),
                  {
                    kind: "textarea",
                    name: "note",
                    label: t("note"),
                    defaultValue: item.note ?? "",
                    maxLength: NOTE_MAX,
                  },
                ]}
                submitLabel={t("noteSave")}
                buttonClassName={secondary}
              />
              <AlertsForm
                id={`remove-${item.id}`}
                action={removeItemAction}
                className="mt-2"
                fields={[hidden("itemId", item.id)]}
                submitLabel={t("remove")}
                buttonClassName={secondary}
              />
            </li>
          ))}
        </ul>
      )}

      <FeedControl
        id={list.id}
        hasFeed={list.hasFeed}
        renew={renewShortlistFeedAction}
        revoke={revokeShortlistFeedAction}
      />

      <section aria-labelledby="manage" className="mt-6 max-w-md">
        <h2 id="manage" className="sr-only">
          {tc("rename")}
        </h2>
        <AlertsForm
          id={`rename-${list.id}`}
          action={renameShortlistAction}
          inline
          fields={[
            hidden("id", list.id),
            {
              kind: "text",
              name: "name",
              label: tc("name"),
              defaultValue: list.name,
              maxLength: NAME_MAX,
              required: true,
            },
          ]}
          submitLabel={tc("rename")}
          buttonClassName={secondary}
        />
        <AlertsForm
          id={`delete-${list.id}`}
          action={deleteShortlistAction}
          className="mt-3"
          fields={[hidden("id", list.id)]}
          submitLabel={tc("delete")}
          confirm={tc("deleteConfirm")}
          buttonClassName="rounded border border-red-800 px-3 py-1 text-sm text-red-800 hover:bg-red-50"
        />
      </section>
    </div>
  );
}
