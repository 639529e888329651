/**
 * Officers' saved catalogue searches. A saved search keeps a snapshot of its matches as the officer last saw
 * them: the number of matches and, for the first SEARCH_SNAPSHOT_CAP of them in the catalogue's own order,
 * each one's snapshot (./snapshot.ts). It has changed when a match is new or gone, or when a match changed
 * as a shortlisted intervention would. Searches matching more than the cap are followed on their first
 * matches only (an intervention moving into them counts as new, one moving out as gone), so the work per
 * search stays bounded however large the catalogue is. Every function takes the acting user; another
 * user's search answers as not found; each change is one transaction with its audit row.
 */
import "server-only";
import { db } from "../db";
import type { Db, Tx } from "../database/client";
import type { Prisma } from "../../generated/prisma/client";
import { AppError } from "../errors";
import { requireAccessTo, requirePermission, type Viewer } from "../auth/viewer";
import { writeAudit } from "../audit";
import { now as clockNow, today as clockToday } from "../clock";
import type { Locale } from "../i18n/locale";
import { findInterventions } from "../intervention/queries";
import { parseInterventionFilters, type InterventionFilters } from "../intervention/schemas";
import {
  changeKey,
  changesBetween,
  loadSnapshots,
  readSnapshot,
  type Bilingual,
  type InterventionSnapshot,
} from "./snapshot";
import {
  alertsError,
  alertsText,
  parseAlertsInput,
  recordIdSchema,
  savedSearchInputSchema,
  shortlistNameInputSchema,
  type SavedSearchInput,
} from "./shortlists-schemas";
import { parseSavedQuery } from "./saved-searches-query";
import type { ItemChange } from "./shortlists";

/** How many matches of a search are followed one by one (the first ones in the catalogue's order). */
export const SEARCH_SNAPSHOT_CAP = 200;
/** How many names a "new matches" or "gone" change lists before "and N more". */
export const MATCH_NAMES_SHOWN = 10;

export type SearchSnapshot = {
  v: 1;
  /** All matches at the time, also beyond the cap. */
  total: number;
  /** The first SEARCH_SNAPSHOT_CAP matches in the catalogue's order. */
  matches: InterventionSnapshot[];
};

type MatchRef = { slug: string; name: Bilingual };
export type MatchesChange = {
  kind: "matches-added" | "matches-removed";
  interventions: MatchRef[];
  text: Bilingual;
  at: string;
  key: string;
};
/** A saved search's change: matches new or gone, or one match's own change. */
export type SearchChange = MatchesChange | ItemChange;

export type SavedSearchSummary = {
  id: string;
  name: string;
  query: string;
  total: number;
  isCapped: boolean;
  unseenChanges: number;
  lastViewedAt: string | null;
  hasFeed: boolean;
};

export type SavedSearchView = SavedSearchSummary & { changes: SearchChange[] };

const iso = (date: Date) => date.toISOString();

function invalid(issues: { path: string; message: string }[]): never {
  throw new AppError("INVALID", issues.map((i) => i.message).join("; ") || "Invalid input", issues);
}

/** The current snapshot of a search's matches: one catalogue query (first page of CAP rows) and one read. */
export async function takeSearchSnapshot(
  client: Db,
  filters: InterventionFilters,
  today: string,
): Promise<SearchSnapshot> {
  const list = await findInterventions(client, {
    filters: { ...filters, page: 1, pageSize: SEARCH_SNAPSHOT_CAP },
  });
  const slugs = list.items.map((item) => item.slug);
  const rows = await client.intervention.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const idOf = new Map(rows.map((r) => [r.slug, r.id]));
  const snapshots = await loadSnapshots(
    client,
    rows.map((r) => r.id),
    today,
  );
  return {
    v: 1,
    total: list.total,
    matches: slugs.flatMap((slug) => {
      const snapshot = snapshots.get(idOf.get(slug) ?? -1);
      return snapshot ? [snapshot] : [];
    }),
  };
}

export function readSearchSnapshot(value: unknown): SearchSnapshot | null {
  if (!value || typeof value !== "object") return null;
  const s = value as Partial<SearchSnapshot>;
  if (s.v !== 1 || typeof s.total !== "number" || !Array.isArray(s.matches)) return null;
  const matches = s.matches.map(readSnapshot);
  return matches.every((m) => m !== null) ? { v: 1, total: s.total, matches: matches as InterventionSnapshot[] } : null;
}

function namesText(refs: MatchRef[], locale: Locale): string {
  const shown = refs.slice(0, MATCH_NAMES_SHOWN).map((r) => r.name[locale]);
  const names = shown.join(", ");
  const rest = refs.length - shown.length;
  return rest > 0 ? alertsText(locale, "changes.andMore", { names, count: rest }) : names;
}

/**
 * What changed in a search's matches from `before` to `after`: matches new and gone (one change each way,
 * naming the first MATCH_NAMES_SHOWN), then each remaining match's own changes. `gone` holds the current
 * snapshots of the gone matches that still exist, for the moment of their change.
 */
export function searchChangesBetween(
  searchId: string,
  before: SearchSnapshot,
  after: SearchSnapshot,
  gone: Map<number, InterventionSnapshot>,
  today: string,
  now: Date,
): SearchChange[] {
  const changes: SearchChange[] = [];
  const beforeById = new Map(before.matches.map((m) => [m.id, m]));
  const afterIds = new Set(after.matches.map((m) => m.id));
  const latest = (values: string[]) => values.reduce((a, b) => (b > a ? b : a), values[0] ?? iso(now));
  const scope = `search:${searchId}`;

  const added = after.matches.filter((m) => !beforeById.has(m.id));
  const removed = before.matches.filter((m) => !afterIds.has(m.id));
  const group = (kind: MatchesChange["kind"], list: InterventionSnapshot[], at: string): MatchesChange => {
    const interventions = list.map((m) => ({ slug: m.slug, name: m.name }));
    const key = kind === "matches-added" ? "matchesAdded" : "matchesRemoved";
    const text = {
      nl: alertsText("nl", `changes.${key}`, { count: list.length, names: namesText(interventions, "nl") }),
      en: alertsText("en", `changes.${key}`, { count: list.length, names: namesText(interventions, "en") }),
    };
    const ids = list.map((m) => m.id).sort((a, b) => a - b);
    return { kind, interventions, text, at, key: changeKey(scope, { kind, ids }) };
  };
  if (added.length > 0) changes.push(group("matches-added", added, latest(added.map((m) => m.changedAt))));
  if (removed.length > 0) {
    // A match that no longer exists changed now, as far as anyone can tell.
    const moments = removed.map((m) => gone.get(m.id)?.changedAt ?? iso(now));
    changes.push(group("matches-removed", removed, latest(moments)));
  }
  for (const match of after.matches) {
    const was = beforeById.get(match.id);
    if (!was) continue;
    for (const change of changesBetween(was, match, today)) {
      changes.push({
        ...change,
        key: changeKey(`${scope}:${match.id}`, change),
        intervention: { slug: match.slug, name: match.name },
      });
    }
  }
  return changes;
}

async function ownedSearch(
  client: Db | Tx,
  viewer: Viewer | null,
  verb: "read" | "update" | "delete",
  id: string,
  locale: Locale,
) {
  requirePermission(viewer, verb, "saved-search");
  const parsed = recordIdSchema.safeParse(id);
  if (!parsed.success) throw new AppError("NOT_FOUND", alertsError(locale, "notFound"));
  const row = await client.savedSearch.findUnique({
    where: { id: parsed.data },
    select: {
      id: true,
      ownerId: true,
      name: true,
      query: true,
      seenSnapshot: true,
      lastViewedAt: true,
      feedTokenHash: true,
    },
  });
  if (!row) throw new AppError("NOT_FOUND", alertsError(locale, "notFound"));
  const user = requireAccessTo(viewer, verb, "saved-search", row.ownerId);
  return { user, search: row };
}

const json = (snapshot: SearchSnapshot) => snapshot as unknown as Prisma.InputJsonValue;

/**
 * Saves a catalogue search (any catalogue address or query string), checked with the catalogue's own
 * filters: a bad one is refused naming the parameter. Its current matches become what was seen.
 */
export async function saveSearch(
  { viewer, input, locale = "en" }: { viewer: Viewer | null; input: SavedSearchInput; locale?: Locale },
  database?: Db,
): Promise<{ id: string; name: string; query: string }> {
  const user = requirePermission(viewer, "create", "saved-search");
  const parsed = parseAlertsInput(savedSearchInputSchema, input, locale);
  if (!parsed.ok) invalid(parsed.issues);
  const query = parseSavedQuery(parsed.data.query, locale);
  if (!query.ok) invalid(query.issues);
  const client = database ?? (await db());
  const snapshot = await takeSearchSnapshot(client, query.value.filters, clockToday());
  return client.$transaction(async (tx) => {
    const created = await tx.savedSearch.create({
      data: { ownerId: user.id, name: parsed.data.name, query: query.value.query, seenSnapshot: json(snapshot) },
      select: { id: true, name: true, query: true },
    });
    await writeAudit(
      tx,
      user,
      "saved-search.create",
      { type: "SavedSearch", id: created.id },
      { name: created.name, query: created.query, total: snapshot.total },
    );
    return created;
  });
}

export async function renameSavedSearch(
  { viewer, id, name, locale = "en" }: { viewer: Viewer | null; id: string; name: string; locale?: Locale },
  database?: Db,
): Promise<void> {
  const parsed = parseAlertsInput(shortlistNameInputSchema, { name }, locale);
  const client = database ?? (await db());
  await client.$transaction(async (tx) => {
    const { user, search } = await ownedSearch(tx, viewer, "update", id, locale);
    if (!parsed.ok) invalid(parsed.issues);
    await tx.savedSearch.update({ where: { id: search.id }, data: { name: parsed.data.name }, select: { id: true } });
    await writeAudit(
      tx,
      user,
      "saved-search.rename",
      { type: "SavedSearch", id: search.id },
      { from: search.name, to: parsed.data.name },
    );
  });
}

export async function deleteSavedSearch(
  { viewer, id, locale = "en" }: { viewer: Viewer | null; id: string; locale?: Locale },
  database?: Db,
): Promise<void> {
  const client = database ?? (await db());
  await client.$transaction(async (tx) => {
    const { user, search } = await ownedSearch(tx, viewer, "delete", id, locale);
    await tx.savedSearch.delete({ where: { id: search.id }, select: { id: true } });
    await writeAudit(
      tx,
      user,
      "saved-search.delete",
      { type: "SavedSearch", id: search.id },
      { name: search.name, query: search.query },
    );
  });
}

/** The officer has seen the search's matches as they are now. */
export async function markSavedSearchSeen(
  { viewer, id, locale = "en" }: { viewer: Viewer | null; id: string; locale?: Locale },
  database?: Db,
): Promise<void> {
  const client = database ?? (await db());
  const { search } = await ownedSearch(client, viewer, "update", id, locale);
  const snapshot = await takeSearchSnapshot(client, filtersOf(search.query), clockToday());
  await client.$transaction(async (tx) => {
    const { user } = await ownedSearch(tx, viewer, "update", id, locale);
    const at = clockNow();
    await tx.savedSearch.update({
      where: { id: search.id },
      data: { seenSnapshot: json(snapshot), seenAt: at, lastViewedAt: at },
      select: { id: true },
    });
    await writeAudit(tx, user, "saved-search.seen", { type: "SavedSearch", id: search.id }, { total: snapshot.total });
  });
}

/** A stored query was checked when saved; should the catalogue's filters have changed since, it reads as none. */
function filtersOf(query: string): InterventionFilters {
  const parsed = parseInterventionFilters(new URLSearchParams(query));
  if (parsed.ok) return parsed.filters;
  const fallback = parseInterventionFilters(new URLSearchParams());
  if (!fallback.ok) throw new Error("The catalogue's default filters do not parse");
  return fallback.filters;
}

type SearchRow = {
  id: string;
  name: string;
  query: string;
  seenSnapshot: unknown;
  lastViewedAt: Date | null;
  feedTokenHash: string | null;
};

/** One search's current state and its changes since it was last seen. */
export async function searchState(client: Db, search: SearchRow, today: string, now: Date): Promise<SavedSearchView> {
  const after = await takeSearchSnapshot(client, filtersOf(search.query), today);
  const before = readSearchSnapshot(search.seenSnapshot) ?? after;
  const afterIds = new Set(after.matches.map((m) => m.id));
  const goneIds = before.matches.map((m) => m.id).filter((id) => !afterIds.has(id));
  const gone = await loadSnapshots(client, goneIds, today);
  const changes = searchChangesBetween(search.id, before, after, gone, today, now);
  return {
    id: search.id,
    name: search.name,
    query: search.query,
    total: after.total,
    isCapped: after.total > SEARCH_SNAPSHOT_CAP,
    unseenChanges: changes.length,
    lastViewedAt: search.lastViewedAt ? iso(search.lastViewedAt) : null,
    hasFeed: search.feedTokenHash !== null,
    changes,
  };
}

const searchSelect = {
  id: true,
  name: true,
  query: true,
  seenSnapshot: true,
  lastViewedAt: true,
  feedTokenHash: true,
} as const;

/** The viewer's saved searches, most recently changed first, each with its changes since last seen. */
export async function findSavedSearches(
  { viewer }: { viewer: Viewer | null },
  database?: Db,
): Promise<SavedSearchView[]> {
  const user = requirePermission(viewer, "read", "saved-search");
  const client = database ?? (await db());
  const rows = await client.savedSearch.findMany({
    where: { ownerId: user.id },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: searchSelect,
  });
  const today = clockToday();
  const now = clockNow();
  const views: SavedSearchView[] = [];
  for (const row of rows) views.push(await searchState(client, row, today, now));
  return views;
}

export async function getSavedSearch(
  { viewer, id, locale = "en" }: { viewer: Viewer | null; id: string; locale?: Locale },
  database?: Db,
): Promise<SavedSearchView> {
  const client = database ?? (await db());
  const { search } = await ownedSearch(client, viewer, "read", id, locale);
  return searchState(client, search, clockToday(), clockNow());
}
