/**
 * The officer's alerts: every change since they last marked a shortlist or a saved search as seen, per list,
 * for the alerts page, the badge in the header and the daily digest.
 */
import "server-only";
import { db } from "../db";
import type { Db } from "../database/client";
import { requirePermission, type Viewer } from "../auth/viewer";
import { now as clockNow, today as clockToday } from "../clock";
import { loadShortlistItems, type ItemChange } from "./shortlists";
import { searchState, type SearchChange } from "./saved-searches";

export type AlertGroup = {
  kind: "shortlist" | "saved-search";
  id: string;
  name: string;
  /** The page of the list in the app. */
  href: string;
  changes: (ItemChange | SearchChange)[];
};

export type Alerts = { groups: AlertGroup[]; total: number };

/** The viewer's unseen changes, per shortlist and saved search (lists without changes are left out). */
export async function findAlerts({ viewer }: { viewer: Viewer | null }, database?: Db): Promise<Alerts> {
  const user = requirePermission(viewer, "read", "shortlist");
  requirePermission(user, "read", "saved-search");
  const client = database ?? (await db());
  const today = clockToday();
  const now = clockNow();
  const [lists, searches] = await Promise.all([
    client.shortlist.findMany({
      where: { ownerId: user.id },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      select: { id: true, name: true },
    }),
    client.savedSearch.findMany({
      where: { ownerId: user.id },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      select: { id: true, name: true, query: true, seenSnapshot: true, lastViewedAt: true, feedTokenHash: true },
    }),
  ]);
  const items = await loadShortlistItems(
    client,
    lists.map((l) => l.id),
    today,
  );
  const groups: AlertGroup[] = [];
  for (const list of lists) {
    const changes = items.filter((i) => i.item.shortlistId === list.id).flatMap((i) => i.sinceSeen);
    if (changes.length > 0) {
      groups.push({ kind: "shortlist", id: list.id, name: list.name, href: `/shortlists/${list.id}`, changes });
    }
  }
  for (const search of searches) {
    const state = await searchState(client, search, today, now);
    if (state.changes.length > 0) {
      groups.push({
        kind: "saved-search",
        id: search.id,
        name: search.name,
        href: `/saved-searches#search-${search.id}`,
        changes: state.changes,
      });
    }
  }
  return { groups, total: groups.reduce((n, g) => n + g.changes.length, 0) };
}

/** How many unseen changes the viewer has (the badge). */
export async function countUnseenChanges({ viewer }: { viewer: Viewer | null }, database?: Db): Promise<number> {
  return (await findAlerts({ viewer }, database)).total;
}
