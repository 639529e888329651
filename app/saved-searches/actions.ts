"use server";
/**
 * The saved-search page's server actions (and the catalogue's "save this search"). Each one checks the
 * viewer itself and calls lib/decision/saved-searches.ts or feeds.ts, which check again.
 */
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/session";
import { requireViewer } from "@/lib/auth/viewer";
import { deleteSavedSearch, markSavedSearchSeen, renameSavedSearch, saveSearch } from "@/lib/decision/saved-searches";
import { renewFeedToken, revokeFeedToken } from "@/lib/decision/feeds";
import { alertsText } from "@/lib/decision/shortlists-schemas";
import type { AlertsActionState } from "@/components/decision/alerts-form-state";
import { attempt, pageLocale, requestOrigin, text } from "../shortlists/action-helpers";

const done = (message?: string, secret?: string): AlertsActionState => ({ ok: true, fieldErrors: {}, message, secret });

function refresh() {
  revalidatePath("/saved-searches");
  revalidatePath("/alerts");
}

export async function saveSearchAction(_: AlertsActionState, form: FormData): Promise<AlertsActionState> {
  const locale = await pageLocale();
  return attempt(locale, ["name", "query"], async () => {
    const viewer = requireViewer(await getViewer());
    const saved = await saveSearch({
      viewer,
      input: { name: text(form, "name") ?? "", query: text(form, "query") ?? "" },
      locale,
    });
    refresh();
    return done(alertsText(locale, "searches.saved", { name: saved.name }));
  });
}

export async function renameSavedSearchAction(_: AlertsActionState, form: FormData): Promise<AlertsActionState> {
  const locale = await pageLocale();
  return attempt(locale, ["name"], async () => {
    await renameSavedSearch({
      viewer: await getViewer(),
      id: text(form, "id") ?? "",
      name: text(form, "name") ?? "",
      locale,
    });
    refresh();
    return done(alertsText(locale, "common.saved"));
  });
}

export async function deleteSavedSearchAction(_: AlertsActionState, form: FormData): Promise<AlertsActionState> {
  const locale = await pageLocale();
  return attempt(locale, [], async () => {
    await deleteSavedSearch({ viewer: await getViewer(), id: text(form, "id") ?? "", locale });
    refresh();
    return done(alertsText(locale, "common.saved"));
  });
}

export async function markSavedSearchSeenAction(_: AlertsActionState, form: FormData): Promise<AlertsActionState> {
  const locale = await pageLocale();
  return attempt(locale, [], async () => {
    await markSavedSearchSeen({ viewer: await getViewer(), id: text(form, "id") ?? "", locale });
    refresh();
    return done(alertsText(locale, "common.saved"));
  });
}

export async function renewSearchFeedAction(_: AlertsActionState, form: FormData): Promise<AlertsActionState> {
  const locale = await pageLocale();
  return attempt(locale, [], async () => {
    const { path } = await renewFeedToken({
      viewer: await getViewer(),
      kind: "saved-search",
      id: text(form, "id") ?? "",
      locale,
    });
    refresh();
    return done(alertsText(locale, "common.feedCreated"), `${await requestOrigin()}${path}`);
  });
}

export async function revokeSearchFeedAction(_: AlertsActionState, form: FormData): Promise<AlertsActionState> {
  const locale = await pageLocale();
  return attempt(locale, [], async () => {
    await revokeFeedToken({ viewer: await getViewer(), kind: "saved-search", id: text(form, "id") ?? "", locale });
    refresh();
    return done(alertsText(locale, "common.feedRevoked"));
  });
}
