/**
 * Officers' shortlists: named lists of interventions with a note each. Every item keeps two snapshots of its
 * intervention (./snapshot.ts): as it was when added and as it was when the officer last marked the list as
 * seen, so the list shows what changed since either. Each function takes the acting user and refuses with
 * an AppError; another user's shortlist answers as not found. Each change is one transaction with its
 * audit row.
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
import type { EvidenceLevelSlug } from "../intervention/schemas";
import {
  changeKey,
  changesBetween,
  loadSnapshots,
  readSnapshot,
  type Bilingual,
  type InterventionSnapshot,
  type SnapshotChange,
} from "./snapshot";
import {
  addToShortlistSchema,
  alertsError,
  noteInputSchema,
  parseAlertsInput,
  recordIdSchema,
  shortlistNameInputSchema,
  type AddToShortlistInput,
} from "./shortlists-schemas";

/** A change of one intervention on a list, with a stable key (feeds) and the intervention it is about. */
export type ItemChange = SnapshotChange & { key: string; intervention: { slug: string; name: Bilingual } };

export type ShortlistSummary = {
  id: string;
  name: string;
  itemCount: number;
  unseenChanges: number;
  lastViewedAt: string | null;
  hasFeed: boolean;
  updatedAt: string;
};

export type ShortlistItemView = {
  id: string;
  slug: string;
  name: Bilingual;
  note: string | null;
  addedAt: string;
  seenAt: string;
  level: EvidenceLevelSlug;
  isRecognised: boolean;
  sinceAdded: ItemChange[];
  sinceSeen: ItemChange[];
};

export type ShortlistView = {
  id: string;
  name: string;
  lastViewedAt: string | null;
  hasFeed: boolean;
  items: ShortlistItemView[];
};

const iso = (date: Date) => date.toISOString();

function invalid(issues: { path: string; message: string }[]): never {
  throw new AppError("INVALID", issues[0]?.message ?? "Invalid input", issues);
}

function parsedId(id: string, locale: Locale): string {
  const parsed = recordIdSchema.safeParse(id);
  if (!parsed.success) throw new AppError("NOT_FOUND", alertsError(locale, "notFound"));
  return parsed.data;
}

/** The shortlist's owner, checked against the viewer; a list of someone else reads as not found. */
async function ownedShortlist(
  client: Db | Tx,
  viewer: Viewer | null,
  verb: "read" | "update" | "delete",
  id: string,
  locale: Locale,
) {
  requirePermission(viewer, verb, "shortlist");
  const row = await client.shortlist.findUnique({
    where: { id: parsedId(id, locale) },
    select: { id: true, ownerId: true, name: true },
  });
  if (!row) throw new AppError("NOT_FOUND", alertsError(locale, "notFound"));
  const user = requireAccessTo(viewer, verb, "shortlist", row.ownerId);
  return { user, shortlist: row };
}

async function ownedItem(client: Db | Tx, viewer: Viewer | null, itemId: string, locale: Locale) {
  requirePermission(viewer, "update", "shortlist");
  const row = await client.shortlistItem.findUnique({
    where: { id: parsedId(itemId, locale) },
    select: { id: true, shortlistId: true, interventionId: true, shortlist: { select: { ownerId: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND", alertsError(locale, "notFound"));
  const user = requireAccessTo(viewer, "update", "shortlist", row.shortlist.ownerId);
  return { user, item: row };
}

const json = (snapshot: InterventionSnapshot) => snapshot as unknown as Prisma.InputJsonValue;

export async function createShortlist(
  { viewer, name, locale = "en" }: { viewer: Viewer | null; name: string; locale?: Locale },
  database?: Db,
): Promise<{ id: string; name: string }> {
  const user = requirePermission(viewer, "create", "shortlist");
  const parsed = parseAlertsInput(shortlistNameInputSchema, { name }, locale);
  if (!parsed.ok) invalid(parsed.issues);
  const client = database ?? (await db());
  return client.$transaction(async (tx) => {
    const created = await tx.shortlist.create({
      data: { ownerId: user.id, name: parsed.data.name },
      select: { id: true, name: true },
    });
    await writeAudit(tx, user, "shortlist.create", { type: "Shortlist", id: created.id }, { name: created.name });
    return created;
  });
}

export async function renameShortlist(
  { viewer, id, name, locale = "en" }: { viewer: Viewer | null; id: string; name: string; locale?: Locale },
  database?: Db,
): Promise<void> {
  const parsed = parseAlertsInput(shortlistNameInputSchema, { name }, locale);
  const client = database ?? (await db());
  await client.$transaction(async (tx) => {
    const { user, shortlist } = await ownedShortlist(tx, viewer, "update", id, locale);
    if (!parsed.ok) invalid(parsed.issues);
    await tx.shortlist.update({ where: { id: shortlist.id }, data: { name: parsed.data.name }, select: { id: true } });
    await writeAudit(
      tx,
      user,
      "shortlist.rename",
      { type: "Shortlist", id: shortlist.id },
      { from: shortlist.name, to: parsed.data.name },
    );
  });
}

export async function deleteShortlist(
  { viewer, id, locale = "en" }: { viewer: Viewer | null; id: string; locale?: Locale },
  database?: Db,
): Promise<void> {
  const client = database ?? (await db());
  await client.$transaction(async (tx) => {
    const { user, shortlist } = await ownedShortlist(tx, viewer, "delete", id, locale);
    const items = await tx.shortlistItem.count({ where: { shortlistId: shortlist.id } });
    await tx.shortlist.delete({ where: { id: shortlist.id }, select: { id: true } });
    await writeAudit(
      tx,
      user,
      "shortlist.delete",
      { type: "Shortlist", id: shortlist.id },
      { name: shortlist.name, items },
    );
  });
}

/**
 * Puts an intervention on one of the viewer's shortlists, or on a new one made in the same transaction,
 * with an optional note; its current snapshot becomes both what it looked like when added and when seen.
 */
export async function addToShortlist(
  { viewer, input, locale = "en" }: { viewer: Viewer | null; input: AddToShortlistInput; locale?: Locale },
  database?: Db,
): Promise<{ shortlistId: string; shortlistName: string; itemId: string }> {
  const user = requirePermission(viewer, "update", "shortlist");
  const parsed = parseAlertsInput(addToShortlistSchema, input, locale);
  if (!parsed.ok) invalid(parsed.issues);
  const { slug, shortlistId, newShortlistName, note } = parsed.data;
  const client = database ?? (await db());
  return client.$transaction(async (tx) => {
    const intervention = await tx.intervention.findUnique({ where: { slug }, select: { id: true } });
    if (!intervention) {
      const message = alertsError(locale, "interventionNotFound");
      throw new AppError("NOT_FOUND", message, [{ path: "slug", message }]);
    }
    let listId: string;
    let listName: string;
    if (shortlistId !== undefined) {
      const { shortlist } = await ownedShortlist(tx, user, "update", shortlistId, locale);
      listId = shortlist.id;
      listName = shortlist.name;
    } else {
      requirePermission(user, "create", "shortlist");
      const created = await tx.shortlist.create({
        data: { ownerId: user.id, name: newShortlistName! },
        select: { id: true, name: true },
      });
      await writeAudit(tx, user, "shortlist.create", { type: "Shortlist", id: created.id }, { name: created.name });
      listId = created.id;
      listName = created.name;
    }
    const existing = await tx.shortlistItem.findUnique({
      where: { shortlistId_interventionId: { shortlistId: listId, interventionId: intervention.id } },
      select: { id: true },
    });
    if (existing) {
      const message = alertsError(locale, "duplicate");
      throw new AppError("CONFLICT", message, [{ path: "slug", message }]);
    }
    const snapshot = (await loadSnapshots(tx, [intervention.id], clockToday())).get(intervention.id)!;
    const item = await tx.shortlistItem.create({
      data: {
        shortlistId: listId,
        interventionId: intervention.id,
        note: note ?? null,
        addedSnapshot: json(snapshot),
        seenSnapshot: json(snapshot),
      },
      select: { id: true },
    });
    await tx.shortlist.update({ where: { id: listId }, data: { updatedAt: clockNow() }, select: { id: true } });
    await writeAudit(
      tx,
      user,
      "shortlist.add",
      { type: "Shortlist", id: listId },
      { itemId: item.id, slug, note: note ?? null },
    );
    return { shortlistId: listId, shortlistName: listName, itemId: item.id };
  });
}

export async function updateShortlistNote(
  { viewer, itemId, note, locale = "en" }: { viewer: Viewer | null; itemId: string; note: string; locale?: Locale },
  database?: Db,
): Promise<void> {
  const parsed = parseAlertsInput(noteInputSchema, { note }, locale);
  const client = database ?? (await db());
  await client.$transaction(async (tx) => {
    const { user, item } = await ownedItem(tx, viewer, itemId, locale);
    if (!parsed.ok) invalid(parsed.issues);
    const value = parsed.data.note ?? null;
    await tx.shortlistItem.update({ where: { id: item.id }, data: { note: value }, select: { id: true } });
    await writeAudit(
      tx,
      user,
      "shortlist.note",
      { type: "Shortlist", id: item.shortlistId },
      { itemId: item.id, note: value },
    );
  });
}

export async function removeFromShortlist(
  { viewer, itemId, locale = "en" }: { viewer: Viewer | null; itemId: string; locale?: Locale },
  database?: Db,
): Promise<{ shortlistId: string }> {
  const client = database ?? (await db());
  return client.$transaction(async (tx) => {
    const { user, item } = await ownedItem(tx, viewer, itemId, locale);
    await tx.shortlistItem.delete({ where: { id: item.id }, select: { id: true } });
    await writeAudit(
      tx,
      user,
      "shortlist.remove",
      { type: "Shortlist", id: item.shortlistId },
      { itemId: item.id, interventionId: item.interventionId },
    );
    return { shortlistId: item.shortlistId };
  });
}

/** The officer has seen the list as it is now: every item's seen snapshot becomes the current one. */
export async function markShortlistSeen(
  { viewer, id, locale = "en" }: { viewer: Viewer | null; id: string; locale?: Locale },
  database?: Db,
): Promise<void> {
  const client = database ?? (await db());
  await client.$transaction(async (tx) => {
    const { user, shortlist } = await ownedShortlist(tx, viewer, "update", id, locale);
    const items = await tx.shortlistItem.findMany({
      where: { shortlistId: shortlist.id },
      select: { id: true, interventionId: true },
    });
    const at = clockNow();
    const current = await loadSnapshots(
      tx,
      items.map((i) => i.interventionId),
      clockToday(),
    );
    for (const item of items) {
      const snapshot = current.get(item.interventionId);
      if (!snapshot) continue;
      await tx.shortlistItem.update({
        where: { id: item.id },
        data: { seenSnapshot: json(snapshot), seenAt: at },
        select: { id: true },
      });
    }
    await tx.shortlist.update({ where: { id: shortlist.id }, data: { lastViewedAt: at }, select: { id: true } });
    await writeAudit(tx, user, "shortlist.seen", { type: "Shortlist", id: shortlist.id }, { items: items.length });
  });
}

type ItemRow = {
  id: string;
  shortlistId: string;
  interventionId: number;
  note: string | null;
  addedAt: Date;
  seenAt: Date;
  addedSnapshot: unknown;
  seenSnapshot: unknown;
};

const itemSelect = {
  id: true,
  shortlistId: true,
  interventionId: true,
  note: true,
  addedAt: true,
  seenAt: true,
  addedSnapshot: true,
  seenSnapshot: true,
} as const;

function withContext(scope: string, after: InterventionSnapshot, changes: SnapshotChange[]): ItemChange[] {
  return changes.map((change) => ({
    ...change,
    key: changeKey(scope, change),
    intervention: { slug: after.slug, name: after.name },
  }));
}

/** Each item's changes since it was added and since the list was last marked seen, against `current`. */
export function itemChanges(
  item: ItemRow,
  current: InterventionSnapshot,
  today: string,
): { sinceAdded: ItemChange[]; sinceSeen: ItemChange[] } {
  const added = readSnapshot(item.addedSnapshot);
  const seen = readSnapshot(item.seenSnapshot);
  const scope = `shortlist:${item.shortlistId}:${item.interventionId}`;
  return {
    sinceAdded: added ? withContext(scope, current, changesBetween(added, current, today)) : [],
    sinceSeen: seen ? withContext(scope, current, changesBetween(seen, current, today)) : [],
  };
}

/** The items of the given shortlists with their current snapshots (one read for all), by shortlist. */
export async function loadShortlistItems(client: Db | Tx, shortlistIds: string[], today: string) {
  const items = await client.shortlistItem.findMany({
    where: { shortlistId: { in: shortlistIds } },
    orderBy: [{ addedAt: "asc" }, { id: "asc" }],
    select: itemSelect,
  });
  const current = await loadSnapshots(
    client,
    items.map((i) => i.interventionId),
    today,
  );
  return items.flatMap((item) => {
    const snapshot = current.get(item.interventionId);
    return snapshot ? [{ item, snapshot, ...itemChanges(item, snapshot, today) }] : [];
  });
}

/** The viewer's shortlists, most recently changed first, with their number of unseen changes. */
export async function findShortlists(
  { viewer }: { viewer: Viewer | null },
  database?: Db,
): Promise<ShortlistSummary[]> {
  const user = requirePermission(viewer, "read", "shortlist");
  const client = database ?? (await db());
  const lists = await client.shortlist.findMany({
    where: { ownerId: user.id },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: { id: true, name: true, lastViewedAt: true, feedTokenHash: true, updatedAt: true },
  });
  const items = await loadShortlistItems(
    client,
    lists.map((l) => l.id),
    clockToday(),
  );
  return lists.map((list) => {
    const own = items.filter((i) => i.item.shortlistId === list.id);
    return {
      id: list.id,
      name: list.name,
      itemCount: own.length,
      unseenChanges: own.reduce((n, i) => n + i.sinceSeen.length, 0),
      lastViewedAt: list.lastViewedAt ? iso(list.lastViewedAt) : null,
      hasFeed: list.feedTokenHash !== null,
      updatedAt: iso(list.updatedAt),
    };
  });
}

/** One of the viewer's shortlists with its items and their changes since added and since last seen. */
export async function getShortlist(
  { viewer, id, locale = "en" }: { viewer: Viewer | null; id: string; locale?: Locale },
  database?: Db,
): Promise<ShortlistView> {
  const client = database ?? (await db());
  const { shortlist } = await ownedShortlist(client, viewer, "read", id, locale);
  const list = await client.shortlist.findUniqueOrThrow({
    where: { id: shortlist.id },
    select: { lastViewedAt: true, feedTokenHash: true },
  });
  const items = await loadShortlistItems(client, [shortlist.id], clockToday());
  return {
    id: shortlist.id,
    name: shortlist.name,
    lastViewedAt: list.lastViewedAt ? iso(list.lastViewedAt) : null,
    hasFeed: list.feedTokenHash !== null,
    items: items.map(({ item, snapshot, sinceAdded, sinceSeen }) => ({
      id: item.id,
      slug: snapshot.slug,
      name: snapshot.name,
      note: item.note,
      addedAt: iso(item.addedAt),
      seenAt: iso(item.seenAt),
      level: snapshot.level,
      isRecognised: snapshot.recognition.isRecognised,
      sinceAdded,
      sinceSeen,
    })),
  };
}

/** The viewer's shortlists (id and name), each saying whether the intervention is on it: the add control. */
export async function findShortlistChoices(
  { viewer, slug }: { viewer: Viewer | null; slug: string },
  database?: Db,
): Promise<{ id: string; name: string; hasIntervention: boolean }[]> {
  const user = requirePermission(viewer, "read", "shortlist");
  const client = database ?? (await db());
  const lists = await client.shortlist.findMany({
    where: { ownerId: user.id },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: { id: true, name: true, items: { where: { intervention: { slug } }, select: { id: true } } },
  });
  return lists.map((l) => ({ id: l.id, name: l.name, hasIntervention: l.items.length > 0 }));
}
