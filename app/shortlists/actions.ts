"use server";
/**
 * The shortlist pages' server actions (and the detail page's "put on a shortlist"). Each one checks the
 * viewer itself and calls lib/decision/shortlists.ts or feeds.ts, which check again and refuse with an
 * AppError; nothing here relies on a control being hidden.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/session";
import { requireViewer } from "@/lib/auth/viewer";
import {
  addToShortlist,
  createShortlist,
  deleteShortlist,
  markShortlistSeen,
  removeFromShortlist,
  renameShortlist,
  updateShortlistNote,
} from "@/lib/decision/shortlists";
import { renewFeedToken, revokeFeedToken } from "@/lib/decision/feeds";
import { alertsText } from "@/lib/decision/shortlists-schemas";
import type { AlertsActionState } from "@/components/decision/alerts-form-state";
import { attempt, pageLocale, requestOrigin, text } from "./action-helpers";

const done = (message?: string, secret?: string): AlertsActionState => ({ ok: true, fieldErrors: {}, message, secret });

function refreshLists(id?: string) {
  revalidatePath("/shortlists");
  revalidatePath("/alerts");
  if (id) revalidatePath(`/shortlists/${id}`);
}

export async function createShortlistAction(_: AlertsActionState, form: FormData): Promise<AlertsActionState> {
  const locale = await pageLocale();
  let id = "";
  const state = await attempt(locale, ["name"], async () => {
    const viewer = requireViewer(await getViewer());
    id = (await createShortlist({ viewer, name: text(form, "name") ?? "", locale })).id;
    return done();
  });
  if (!state.ok) return state;
  refreshLists();
  redirect(`/shortlists/${id}`);
}

export async function renameShortlistAction(_: AlertsActionState, form: FormData): Promise<AlertsActionState> {
  const locale = await pageLocale();
  const id = text(form, "id") ?? "";
  return attempt(locale, ["name"], async () => {
    await renameShortlist({ viewer: await getViewer(), id, name: text(form, "name") ?? "", locale });
    refreshLists(id);
    return done(alertsText(locale, "common.saved"));
  });
}

export async function deleteShortlistAction(_: AlertsActionState, form: FormData): Promise<AlertsActionState> {
  const locale = await pageLocale();
  const state = await attempt(locale, [], async () => {
    await deleteShortlist({ viewer: await getViewer(), id: text(form, "id") ?? "", locale });
    return done();
  });
  if (!state.ok) return state;
  refreshLists();
  redirect("/shortlists");
}

/** "Put on a shortlist" on an intervention's page: an existing list of the viewer, or a new one by name. */
export async function addToShortlistAction(_: AlertsActionState, form: FormData): Promise<AlertsActionState> {
  const locale = await pageLocale();
  const slug = text(form, "slug") ?? "";
  const chosen = text(form, "shortlistId") ?? "";
  const newName = text(form, "newShortlistName")?.trim() ?? "";
  const note = text(form, "note") ?? "";
  // Without any shortlist yet the form has no choice to show an error beside: it goes above the form.
  const fields = chosen ? ["shortlistId", "newShortlistName", "note"] : ["newShortlistName", "note"];
  return attempt(locale, fields, async () => {
    const viewer = await getViewer();
    const target = chosen && chosen !== "new" ? { shortlistId: chosen } : newName ? { newShortlistName: newName } : {};
    const added = await addToShortlist({ viewer, input: { slug, ...target, note }, locale });
    refreshLists(added.shortlistId);
    revalidatePath(`/interventions/${slug}`);
    return done(alertsText(locale, "shortlists.add.added", { name: added.shortlistName }));
  });
}

export async function updateNoteAction(_: AlertsActionState, form: FormData): Promise<AlertsActionState> {
  const locale = await pageLocale();
  const shortlistId = text(form, "shortlistId") ?? "";
  return attempt(locale, ["note"], async () => {
    await updateShortlistNote({
      viewer: await getViewer(),
      itemId: text(form, "itemId") ?? "",
      note: text(form, "note") ?? "",
      locale,
    });
    refreshLists(shortlistId);
    return done(alertsText(locale, "common.saved"));
  });
}

export async function removeItemAction(_: AlertsActionState, form: FormData): Promise<AlertsActionState> {
  const locale = await pageLocale();
  return attempt(locale, [], async () => {
    const { shortlistId } = await removeFromShortlist({
      viewer: await getViewer(),
      itemId: text(form, "itemId") ?? "",
      locale,
    });
    refreshLists(shortlistId);
    return done(alertsText(locale, "common.saved"));
  });
}

export async function markShortlistSeenAction(_: AlertsActionState, form: FormData): Promise<AlertsActionState> {
  const locale = await pageLocale();
  const id = text(form, "id") ?? "";
  return attempt(locale, [], async () => {
    await markShortlistSeen({ viewer: await getViewer(), id, locale });
    refreshLists(id);
    return done(alertsText(locale, "common.saved"));
  });
}

export async function renewShortlistFeedAction(_: AlertsActionState, form: FormData): Promise<AlertsActionState> {
  const locale = await pageLocale();
  const id = text(form, "id") ?? "";
  return attempt(locale, [], async () => {
    const { path } = await renewFeedToken({ viewer: await getViewer(), kind: "shortlist", id, locale });
    refreshLists(id);
    return done(alertsText(locale, "common.feedCreated"), `${await requestOrigin()}${path}`);
  });
}

export async function revokeShortlistFeedAction(_: AlertsActionState, form: FormData): Promise<AlertsActionState> {
  const locale = await pageLocale();
  const id = text(form, "id") ?? "";
  return attempt(locale, [], async () => {
    await revokeFeedToken({ viewer: await getViewer(), kind: "shortlist", id, locale });
    refreshLists(id);
    return done(alertsText(locale, "common.feedRevoked"));
  });
}
