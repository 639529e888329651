/**
 * Private Atom feeds of a shortlist or a saved search, for feed readers and intranet tools that cannot sign
 * in. The address carries a random token that is shown once; only its SHA-256 is stored (feedTokenHash), so
 * the database cannot give it away. Making a new token revokes the old one; revoking leaves no feed; an
 * unknown token is simply not found. The token is the credential of the feed's reader: getFeed has no
 * viewer, and reads only what the owner of the list would see.
 *
 * A shortlist's feed lists each intervention's changes since it was added; a saved search's feed lists the
 * changes since its owner last marked it seen (the one state a search keeps). Entries are newest first,
 * with ids that stay the same for the same change.
 */
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { Feed } from "feed";
import { escapeHtml } from "../security/html";
import { catalogueDb, db } from "../db";
import type { Db } from "../database/client";
import { AppError } from "../errors";
import { requireAccessTo, requirePermission, type Viewer } from "../auth/viewer";
import { writeAudit } from "../audit";
import { now as clockNow, today as clockToday } from "../clock";
import type { Locale } from "../i18n/locale";
import { alertsError, alertsText, recordIdSchema } from "./shortlists-schemas";
import { loadShortlistItems, type ItemChange } from "./shortlists";
import { searchState, type SearchChange } from "./saved-searches";

export type FeedKind = "shortlist" | "saved-search";

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The app's configured address (BETTER_AUTH_URL's origin), null when the request's own must do. */
export function configuredOrigin(env: Record<string, string | undefined> = process.env): string | null {
  const configured = env.BETTER_AUTH_URL?.trim();
  return configured ? new URL(configured).origin : null;
}

export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Where a feed is read: /feeds/shortlists/<token>.atom or /feeds/searches/<token>.atom. */
export function feedPath(kind: FeedKind, token: string): string {
  return `/feeds/${kind === "shortlist" ? "shortlists" : "searches"}/${token}.atom`;
}

async function ownerOf(client: Db, kind: FeedKind, id: string, locale: Locale) {
  const parsed = recordIdSchema.safeParse(id);
  if (!parsed.success) return null;
  const row =
    kind === "shortlist"
      ? await client.shortlist.findUnique({ where: { id: parsed.data }, select: { id: true, ownerId: true } })
      : await client.savedSearch.findUnique({ where: { id: parsed.data }, select: { id: true, ownerId: true } });
  if (!row) throw new AppError("NOT_FOUND", alertsError(locale, "notFound"));
  return row;
}

async function setTokenHash(
  { viewer, kind, id, locale }: { viewer: Viewer | null; kind: FeedKind; id: string; locale: Locale },
  hash: string | null,
  database?: Db,
): Promise<void> {
  requirePermission(viewer, "update", kind);
  const client = database ?? (await db());
  const row = await ownerOf(client, kind, id, locale);
  if (!row) throw new AppError("NOT_FOUND", alertsError(locale, "notFound"));
  const user = requireAccessTo(viewer, "update", kind, row.ownerId);
  await client.$transaction(async (tx) => {
    if (kind === "shortlist") {
      await tx.shortlist.update({ where: { id: row.id }, data: { feedTokenHash: hash }, select: { id: true } });
    } else {
      await tx.savedSearch.update({ where: { id: row.id }, data: { feedTokenHash: hash }, select: { id: true } });
    }
    // The audit row says a feed was made or revoked, never the token or its hash.
    await writeAudit(tx, user, hash ? `${kind}.feed-renew` : `${kind}.feed-revoke`, {
      type: kind === "shortlist" ? "Shortlist" : "SavedSearch",
      id: row.id,
    });
  });
}

/** A new private feed address for the list; the previous one (if any) stops working. Shown only now. */
export async function renewFeedToken(
  { viewer, kind, id, locale = "en" }: { viewer: Viewer | null; kind: FeedKind; id: string; locale?: Locale },
  database?: Db,
): Promise<{ token: string; path: string }> {
  const token = randomBytes(32).toString("base64url");
  await setTokenHash({ viewer, kind, id, locale }, hashFeedToken(token), database);
  return { token, path: feedPath(kind, token) };
}

export async function revokeFeedToken(
  { viewer, kind, id, locale = "en" }: { viewer: Viewer | null; kind: FeedKind; id: string; locale?: Locale },
  database?: Db,
): Promise<void> {
  await setTokenHash({ viewer, kind, id, locale }, null, database);
}

export type FeedEntry = { id: string; title: string; link: string; date: Date; content: string };
export type FeedDocument = { title: string; id: string; link: string; updated: Date; entries: FeedEntry[] };

function entriesOf(changes: (ItemChange | SearchChange)[], baseUrl: string, fallbackLink: string, locale: Locale) {
  return (
    changes
      .map((change): FeedEntry => {
        const about = "intervention" in change ? change.intervention : null;
        return {
          id: `urn:effectwijzer:change:${change.key}`,
          title: about ? `${about.name[locale]}: ${change.text[locale]}` : change.text[locale],
          link: about ? `${baseUrl}/interventions/${about.slug}` : fallbackLink,
          date: new Date(change.at),
          content: change.text[locale],
        };
      })
      // Newest first; changes of the same moment keep their order (rating, evidence, headlines).
      .sort((a, b) => b.date.getTime() - a.date.getTime())
  );
}

/** The feed behind a token, or null when no list has that token (never issued, renewed or revoked). */
export async function getFeed(
  { kind, token, baseUrl, locale = "nl" }: { kind: FeedKind; token: string; baseUrl: string; locale?: Locale },
  database?: Db,
): Promise<FeedDocument | null> {
  if (!TOKEN.test(token)) return null;
  // Feed readers poll: a catalogue read (on a replica when there is one).
  const client = database ?? (await catalogueDb());
  const hash = hashFeedToken(token);
  const today = clockToday();
  if (kind === "shortlist") {
    const list = await client.shortlist.findUnique({
      where: { feedTokenHash: hash },
      select: { id: true, name: true, updatedAt: true },
    });
    if (!list) return null;
    const items = await loadShortlistItems(client, [list.id], today);
    const link = `${baseUrl}/shortlists/${list.id}`;
    const entries = entriesOf(
      items.flatMap((i) => i.sinceAdded),
      baseUrl,
      link,
      locale,
    );
    return {
      title: alertsText(locale, "feed.shortlistTitle", { name: list.name }),
      id: `urn:effectwijzer:shortlist:${list.id}`,
      link,
      updated: entries[0]?.date ?? list.updatedAt,
      entries,
    };
  }
  const search = await client.savedSearch.findUnique({
    where: { feedTokenHash: hash },
    select: {
      id: true,
      name: true,
      query: true,
      seenSnapshot: true,
      lastViewedAt: true,
      feedTokenHash: true,
      updatedAt: true,
    },
  });
  if (!search) return null;
  const state = await searchState(client, search, today, clockNow());
  const link = `${baseUrl}/interventions${search.query ? `?${search.query}` : ""}`;
  const entries = entriesOf(state.changes, baseUrl, link, locale);
  return {
    title: alertsText(locale, "feed.searchTitle", { name: search.name }),
    id: `urn:effectwijzer:saved-search:${search.id}`,
    link,
    updated: entries[0]?.date ?? search.updatedAt,
    entries,
  };
}

/** The feed as Atom 1.0, written by the feed package. */
export function atomOf(document: FeedDocument, selfUrl: string, locale: Locale): string {
  const feed = new Feed({
    title: document.title,
    id: document.id,
    link: document.link,
    updated: document.updated,
    description: alertsText(locale, "feed.description"),
    language: locale,
    generator: "Effectwijzer",
    copyright: "Effectwijzer",
    author: { name: "Effectwijzer" },
    feedLinks: { atom: selfUrl },
  });
  for (const entry of document.entries) {
    // The feed package types an entry's title and content as HTML: names and texts are escaped to stay text.
    feed.addItem({
      title: escapeHtml(entry.title),
      id: entry.id,
      link: entry.link,
      date: entry.date,
      content: escapeHtml(entry.content),
    });
  }
  return feed.atom1();
}
