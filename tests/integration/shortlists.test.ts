/**
 * Shortlists, saved searches and their feeds on a real database: a shortlist shows what changed since an
 * intervention was added and since the officer last looked, after an editor's rating decision and after
 * evidence is accepted or retracted; a saved search changes when its matches change or a match changes; a
 * feed address works until it is renewed or revoked; nobody reaches another user's lists; a bad saved
 * query is refused naming the parameter; every change leaves an audit row.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { withTestDatabase } from "@/tests/helpers/with-test-database";
import { createViewer, refusal } from "@/tests/helpers/viewers";
import { trialEntry } from "@/tests/helpers/submissions";
import { submitEntry } from "@/tests/helpers/save-submission";
import type { Db } from "@/lib/database/client";
import type { Viewer } from "@/lib/auth/viewer";
import { createDemoIntervention } from "@/seed/factories";
import { rateIntervention } from "@/lib/curation/ratings";
import { ratingDecision as decision } from "@/tests/helpers/ratings";
import { acceptSubmission, retractSubmission } from "@/lib/curation/review";
import {
  addToShortlist,
  createShortlist,
  deleteShortlist,
  findShortlists,
  getShortlist,
  markShortlistSeen,
  removeFromShortlist,
  renameShortlist,
  updateShortlistNote,
} from "@/lib/decision/shortlists";
import {
  deleteSavedSearch,
  findSavedSearches,
  getSavedSearch,
  markSavedSearchSeen,
  saveSearch,
  SEARCH_SNAPSHOT_CAP,
} from "@/lib/decision/saved-searches";
import { atomOf, getFeed, renewFeedToken, revokeFeedToken } from "@/lib/decision/feeds";
import { countUnseenChanges, findAlerts } from "@/lib/decision/alerts";

let db: Db;
let officer: Viewer;
let otherOfficer: Viewer;
let admin: Viewer;
let researcher: Viewer;
let counter = 0;

/** A synthetic intervention with two accepted trials on parental sensitivity (a REML pool). */
async function demo(word = "Lijstdemo"): Promise<{ id: number; slug: string }> {
  const n = ++counter;
  const slug = `demo-shortlist-${n}`;
  const created = await createDemoIntervention(db, {
    slug,
    nameNl: `${word} interventie ${n}`,
    studies: [
      {
        citation: `Demo ${n}A. Synthetic trial`,
        outcome: "parental-sensitivity",
        estimate: 0.35,
        ciLower: 0.1,
        ciUpper: 0.6,
        n: 120,
      },
      {
        citation: `Demo ${n}B. Synthetic trial`,
        outcome: "parental-sensitivity",
        estimate: 0.25,
        ciLower: 0.0,
        ciUpper: 0.5,
        n: 150,
      },
    ],
  });
  return { id: created.id, slug };
}

const submittedEntry = (slug: string, m1: number) =>
  submitEntry(db, researcher, trialEntry({ tag: "shortlists", intervention: slug, m1 }));

const auditActions = async (entityId: string) =>
  (await db.auditLog.findMany({ where: { entityId }, orderBy: { id: "asc" }, select: { action: true } })).map(
    (a) => a.action,
  );

withTestDatabase({ seed: true }, (database) => (db = database.prisma));
beforeAll(async () => {
  officer = await createViewer(db, "OFFICER", "shortlist-officer");
  otherOfficer = await createViewer(db, "OFFICER", "shortlist-other-officer");
  admin = await createViewer(db, "ADMIN", "shortlist-admin");
  researcher = await createViewer(db, "RESEARCHER", "shortlist-researcher");
});

describe("a shortlist", () => {
  test("shows an editor's rating decision as a change since added and since seen, until marked seen", async () => {
    const item = await demo();
    const list = await createShortlist({ viewer: officer, name: "Huisbezoeken 2027" }, db);
    const { itemId } = await addToShortlist(
      { viewer: officer, input: { slug: item.slug, shortlistId: list.id, note: "Past bij wijk Noord" } },
      db,
    );
    let view = await getShortlist({ viewer: officer, id: list.id }, db);
    expect(view.items).toHaveLength(1);
    expect(view.items[0]).toMatchObject({ id: itemId, slug: item.slug, note: "Past bij wijk Noord" });
    expect(view.items[0].sinceAdded).toEqual([]);
    expect(view.items[0].sinceSeen).toEqual([]);

    await rateIntervention({ viewer: admin, slug: item.slug, input: decision() }, db);

    view = await getShortlist({ viewer: officer, id: list.id }, db);
    const seen = view.items[0].sinceSeen;
    expect(seen.map((c) => c.kind)).toEqual(["level", "recognition"]);
    expect(seen[0]).toMatchObject({ from: "niet-beoordeeld", to: "eerste-aanwijzingen" });
    expect(seen[0].text.nl).toBe(
      "Niveau gewijzigd van Geen Nederlands niveau bekend naar Effectief volgens eerste aanwijzingen",
    );
    expect(seen[1].text.en).toBe("Recognition changed from no Dutch assessment known to recognised as effective");
    expect(view.items[0].sinceAdded.map((c) => c.kind)).toEqual(["level", "recognition"]);
    expect((await findShortlists({ viewer: officer }, db)).find((l) => l.id === list.id)).toMatchObject({
      itemCount: 1,
      unseenChanges: 2,
    });
    expect(await countUnseenChanges({ viewer: officer }, db)).toBeGreaterThanOrEqual(2);
    const alerts = await findAlerts({ viewer: officer }, db);
    expect(alerts.groups.find((g) => g.id === list.id)?.changes.map((c) => c.kind)).toEqual(["level", "recognition"]);

    await markShortlistSeen({ viewer: officer, id: list.id }, db);
    view = await getShortlist({ viewer: officer, id: list.id }, db);
    expect(view.items[0].sinceSeen).toEqual([]);
    expect(view.items[0].sinceAdded.map((c) => c.kind)).toEqual(["level", "recognition"]);
    expect(view.lastViewedAt).not.toBeNull();

    await updateShortlistNote({ viewer: officer, itemId, note: "  " }, db);
    expect((await getShortlist({ viewer: officer, id: list.id }, db)).items[0].note).toBeNull();
    await renameShortlist({ viewer: officer, id: list.id, name: "Huisbezoeken 2028" }, db);
    await removeFromShortlist({ viewer: officer, itemId }, db);
    expect((await getShortlist({ viewer: officer, id: list.id }, db)).items).toEqual([]);
    expect(await auditActions(list.id)).toEqual([
      "shortlist.create",
      "shortlist.add",
      "shortlist.seen",
      "shortlist.note",
      "shortlist.rename",
      "shortlist.remove",
    ]);
    await deleteShortlist({ viewer: officer, id: list.id }, db);
    expect(await db.shortlist.findUnique({ where: { id: list.id } })).toBeNull();
    expect((await auditActions(list.id)).at(-1)).toBe("shortlist.delete");
  });

  test("shows evidence accepted and retracted, and the headline effect that moved with it", async () => {
    const item = await demo();
    const { shortlistId } = await addToShortlist(
      { viewer: officer, input: { slug: item.slug, newShortlistName: "Bewijs volgen" } },
      db,
    );
    const entry = await submittedEntry(item.slug, 13);
    // Submitted is not yet evidence: nothing changed.
    expect((await getShortlist({ viewer: officer, id: shortlistId }, db)).items[0].sinceSeen).toEqual([]);

    await acceptSubmission({ viewer: admin, id: entry.id }, db);
    let changes = (await getShortlist({ viewer: officer, id: shortlistId }, db)).items[0].sinceSeen;
    expect(changes.map((c) => c.kind)).toEqual(["evidence-accepted", "effect-moved"]);
    expect(changes[0]).toMatchObject({ studyIds: [entry.id] });
    expect(changes[1]).toMatchObject({ outcome: "parental-sensitivity" });
    expect(changes[1].kind === "effect-moved" && changes[1].reasons).toContain("estimate");

    await markShortlistSeen({ viewer: officer, id: shortlistId }, db);
    await retractSubmission({ viewer: admin, id: entry.id, reason: "Synthetische intrekking voor de test." }, db);
    changes = (await getShortlist({ viewer: officer, id: shortlistId }, db)).items[0].sinceSeen;
    expect(changes.map((c) => c.kind)).toEqual(["evidence-retracted", "effect-moved"]);
    expect(changes[0]).toMatchObject({ studyIds: [entry.id] });
    // Since added: the entry came and went, the effect is back where it was; only the retraction remains.
    const sinceAdded = (await getShortlist({ viewer: officer, id: shortlistId }, db)).items[0].sinceAdded;
    expect(sinceAdded.map((c) => c.kind)).toEqual(["evidence-retracted"]);
  });

  test("refuses a second copy of an intervention, an unknown one and a bad name, naming the field", async () => {
    const item = await demo();
    const list = await createShortlist({ viewer: officer, name: "Dubbel" }, db);
    await addToShortlist({ viewer: officer, input: { slug: item.slug, shortlistId: list.id } }, db);
    const twice = await refusal(
      addToShortlist({ viewer: officer, input: { slug: item.slug, shortlistId: list.id } }, db),
    );
    expect(twice.code).toBe("CONFLICT");
    const unknown = await refusal(
      addToShortlist({ viewer: officer, input: { slug: "bestaat-niet", shortlistId: list.id }, locale: "nl" }, db),
    );
    expect(unknown).toMatchObject({
      code: "NOT_FOUND",
      issues: [{ path: "slug", message: "Deze interventie bestaat niet" }],
    });
    const nameless = await refusal(createShortlist({ viewer: officer, name: "   ", locale: "nl" }, db));
    expect(nameless).toMatchObject({ code: "INVALID", issues: [{ path: "name", message: "Geef een naam" }] });
    const nowhere = await refusal(addToShortlist({ viewer: officer, input: { slug: item.slug }, locale: "en" }, db));
    expect(nowhere.issues).toEqual([
      { path: "shortlistId", message: "Choose a shortlist or give the name of a new one" },
    ]);
    expect(await refusal(createShortlist({ viewer: null, name: "Anoniem" }, db))).toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  test("of another user answers as not found, whatever is tried", async () => {
    const item = await demo();
    const list = await createShortlist({ viewer: officer, name: "Privé" }, db);
    const { itemId } = await addToShortlist({ viewer: officer, input: { slug: item.slug, shortlistId: list.id } }, db);
    // Calls, not promises: each is started only when its refusal is awaited.
    const attempts = [
      () => getShortlist({ viewer: otherOfficer, id: list.id }, db),
      () => renameShortlist({ viewer: otherOfficer, id: list.id, name: "Overgenomen" }, db),
      () => deleteShortlist({ viewer: otherOfficer, id: list.id }, db),
      () => markShortlistSeen({ viewer: otherOfficer, id: list.id }, db),
      () => addToShortlist({ viewer: otherOfficer, input: { slug: item.slug, shortlistId: list.id } }, db),
      () => updateShortlistNote({ viewer: otherOfficer, itemId, note: "Van mij" }, db),
      () => removeFromShortlist({ viewer: otherOfficer, itemId }, db),
      () => renewFeedToken({ viewer: otherOfficer, kind: "shortlist", id: list.id }, db),
      // An admin has no grant on other people's shortlists either.
      () => getShortlist({ viewer: admin, id: list.id }, db),
    ];
    for (const attempt of attempts) expect((await refusal(attempt)).code).toBe("NOT_FOUND");
    expect((await findShortlists({ viewer: otherOfficer }, db)).map((l) => l.id)).not.toContain(list.id);
    const view = await getShortlist({ viewer: officer, id: list.id }, db);
    expect(view).toMatchObject({ name: "Privé", items: [{ id: itemId, note: null }] });
  });
});

describe("a saved search", () => {
  test("changes when a match appears, when a match changes and when a match drops out", async () => {
    const word = "Kompasvlinder";
    const first = await demo(word);
    const search = await saveSearch(
      {
        viewer: officer,
        input: {
          name: "Effectieve kompasvlinders",
          query: `/interventions?q=${word}&rating=eerste-aanwijzingen&page=3`,
        },
      },
      db,
    );
    // Paging is no part of a search.
    expect(search.query).toBe(`q=${word}&rating=eerste-aanwijzingen`);
    let state = await getSavedSearch({ viewer: officer, id: search.id }, db);
    expect(state).toMatchObject({ total: 0, changes: [] });

    // A rating decision brings the first one in: a new match.
    await rateIntervention({ viewer: admin, slug: first.slug, input: decision() }, db);
    state = await getSavedSearch({ viewer: officer, id: search.id }, db);
    expect(state.total).toBe(1);
    expect(state.changes.map((c) => c.kind)).toEqual(["matches-added"]);
    expect(state.changes[0].text.nl).toBe(`1 nieuwe treffer: ${word} interventie ${counter}`);

    await markSavedSearchSeen({ viewer: officer, id: search.id }, db);
    expect((await getSavedSearch({ viewer: officer, id: search.id }, db)).changes).toEqual([]);

    // A match that changes (accepted evidence) while still matching.
    const entry = await submittedEntry(first.slug, 13);
    await acceptSubmission({ viewer: admin, id: entry.id }, db);
    state = await getSavedSearch({ viewer: officer, id: search.id }, db);
    expect(state.changes.map((c) => c.kind)).toEqual(["evidence-accepted", "effect-moved"]);
    expect(state.changes[0]).toMatchObject({ intervention: { slug: first.slug } });
    await markSavedSearchSeen({ viewer: officer, id: search.id }, db);

    // Rated down, it drops out.
    await rateIntervention(
      { viewer: admin, slug: first.slug, input: decision({ level: "goed-onderbouwd", isRecognised: false }) },
      db,
    );
    state = await getSavedSearch({ viewer: officer, id: search.id }, db);
    expect(state.total).toBe(0);
    expect(state.changes.map((c) => c.kind)).toEqual(["matches-removed"]);
    expect(state.changes[0].text.en).toBe(`1 match dropped out: ${word} interventie ${first.slug.split("-").at(-1)}`);

    expect((await findSavedSearches({ viewer: officer }, db)).find((s) => s.id === search.id)).toMatchObject({
      unseenChanges: 1,
    });
    expect(await auditActions(search.id)).toEqual(["saved-search.create", "saved-search.seen", "saved-search.seen"]);
  });

  test("refuses a bad query naming the parameter, in the page's language, and saves nothing", async () => {
    const before = await db.savedSearch.count();
    const badAge = await refusal(
      saveSearch({ viewer: officer, input: { name: "Fout", query: "/interventions?ageMonths=abc" }, locale: "en" }, db),
    );
    expect(badAge.code).toBe("INVALID");
    expect(badAge.issues).toHaveLength(1);
    expect(badAge.issues[0].path).toBe("query");
    expect(badAge.issues[0].message).toMatch(/ageMonths/);
    const unknown = await refusal(
      saveSearch({ viewer: officer, input: { name: "Fout", query: "?q=x&colour=blue" }, locale: "nl" }, db),
    );
    expect(unknown.issues).toEqual([{ path: "query", message: "‘colour’ is geen filter van deze lijst." }]);
    expect(unknown.message).toMatch(/colour/);
    const elsewhere = await refusal(
      saveSearch(
        { viewer: officer, input: { name: "Fout", query: "https://example.org/admin?q=x" }, locale: "en" },
        db,
      ),
    );
    expect(elsewhere.issues[0]).toEqual({
      path: "query",
      message: "This is not an address of the catalogue (/interventions)",
    });
    expect(await db.savedSearch.count()).toBe(before);
  });

  test("follows only the first matches of a large search, in the catalogue's order, and says it is capped", async () => {
    const word = "Kapdemo";
    const extra = 5;
    await db.intervention.createMany({
      data: Array.from({ length: SEARCH_SNAPSHOT_CAP + extra }, (_, i) => ({
        slug: `demo-cap-${String(i).padStart(3, "0")}`,
        nameNl: `${word} ${String(i).padStart(3, "0")}`,
        nameEn: `${word} ${String(i).padStart(3, "0")}`,
        summaryNl: "Synthetisch record voor de test van een grote zoekopdracht.",
        summaryEn: "Synthetic record for the large-search test.",
        isDemo: true,
      })),
    });
    const search = await saveSearch({ viewer: officer, input: { name: "Groot", query: `q=${word}&sort=name` } }, db);
    const stored = await db.savedSearch.findUniqueOrThrow({ where: { id: search.id }, select: { seenSnapshot: true } });
    const snapshot = stored.seenSnapshot as { total: number; matches: { slug: string }[] };
    expect(snapshot.total).toBe(SEARCH_SNAPSHOT_CAP + extra);
    expect(snapshot.matches).toHaveLength(SEARCH_SNAPSHOT_CAP);
    expect(snapshot.matches[0].slug).toBe("demo-cap-000");
    expect(snapshot.matches.at(-1)!.slug).toBe(`demo-cap-${SEARCH_SNAPSHOT_CAP - 1}`);
    const state = await getSavedSearch({ viewer: officer, id: search.id }, db);
    expect(state).toMatchObject({ total: SEARCH_SNAPSHOT_CAP + extra, isCapped: true, changes: [] });

    // One before all the others in name order pushes the last followed one out: new and gone, names capped.
    await createDemoIntervention(db, { slug: "demo-cap-first", nameNl: `${word} 000a` });
    const after = await getSavedSearch({ viewer: officer, id: search.id }, db);
    expect(after.changes.map((c) => c.kind)).toEqual(["matches-added", "matches-removed"]);
    expect(after.changes[0].text.en).toBe(`1 new match: ${word} 000a`);
    expect(after.changes[1].text.en).toBe(`1 match dropped out: ${word} ${SEARCH_SNAPSHOT_CAP - 1}`);
    await db.intervention.deleteMany({ where: { slug: { startsWith: "demo-cap-" } } });
  });

  test("of another user answers as not found", async () => {
    const search = await saveSearch({ viewer: officer, input: { name: "Alles", query: "" } }, db);
    for (const attempt of [
      () => getSavedSearch({ viewer: otherOfficer, id: search.id }, db),
      () => markSavedSearchSeen({ viewer: otherOfficer, id: search.id }, db),
      () => deleteSavedSearch({ viewer: otherOfficer, id: search.id }, db),
      () => renewFeedToken({ viewer: otherOfficer, kind: "saved-search", id: search.id }, db),
    ]) {
      expect((await refusal(attempt)).code).toBe("NOT_FOUND");
    }
    await deleteSavedSearch({ viewer: officer, id: search.id }, db);
  });
});

describe("a private feed", () => {
  const baseUrl = "https://effectwijzer.example";

  test("lists the changes under a token shown once; a new token revokes the old; revoked or unknown is not found", async () => {
    const item = await demo();
    const { shortlistId } = await addToShortlist(
      { viewer: officer, input: { slug: item.slug, newShortlistName: "Feedlijst" } },
      db,
    );
    const first = await renewFeedToken({ viewer: officer, kind: "shortlist", id: shortlistId }, db);
    expect(first.path).toBe(`/feeds/shortlists/${first.token}.atom`);
    const stored = await db.shortlist.findUniqueOrThrow({
      where: { id: shortlistId },
      select: { feedTokenHash: true },
    });
    expect(stored.feedTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.feedTokenHash).not.toContain(first.token);

    let feed = await getFeed({ kind: "shortlist", token: first.token, baseUrl }, db);
    expect(feed).toMatchObject({ title: "Effectwijzer – shortlist: Feedlijst", entries: [] });

    await rateIntervention({ viewer: admin, slug: item.slug, input: decision() }, db);
    feed = await getFeed({ kind: "shortlist", token: first.token, baseUrl }, db);
    expect(feed!.entries.map((e) => e.title)).toEqual([
      expect.stringMatching(
        /: Niveau gewijzigd van Geen Nederlands niveau bekend naar Effectief volgens eerste aanwijzingen$/,
      ),
      expect.stringMatching(/: Erkenning gewijzigd van geen Nederlandse beoordeling bekend naar erkend als effectief$/),
    ]);
    expect(feed!.entries[0].link).toBe(`${baseUrl}/interventions/${item.slug}`);
    // Stable ids: the same change is the same entry on every read.
    const again = await getFeed({ kind: "shortlist", token: first.token, baseUrl }, db);
    expect(again!.entries.map((e) => e.id)).toEqual(feed!.entries.map((e) => e.id));
    const xml = atomOf(feed!, `${baseUrl}${first.path}`, "nl");
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain(`<id>${feed!.entries[0].id}</id>`);
    expect(xml).toContain("Effectief volgens eerste aanwijzingen");

    const second = await renewFeedToken({ viewer: officer, kind: "shortlist", id: shortlistId }, db);
    expect(second.token).not.toBe(first.token);
    expect(await getFeed({ kind: "shortlist", token: first.token, baseUrl }, db)).toBeNull();
    expect(await getFeed({ kind: "shortlist", token: second.token, baseUrl }, db)).not.toBeNull();
    // A shortlist's token is no saved search's token.
    expect(await getFeed({ kind: "saved-search", token: second.token, baseUrl }, db)).toBeNull();

    await revokeFeedToken({ viewer: officer, kind: "shortlist", id: shortlistId }, db);
    expect(await getFeed({ kind: "shortlist", token: second.token, baseUrl }, db)).toBeNull();
    expect(await getFeed({ kind: "shortlist", token: "x".repeat(43), baseUrl }, db)).toBeNull();
    expect(await getFeed({ kind: "shortlist", token: "../../etc", baseUrl }, db)).toBeNull();
    expect((await auditActions(shortlistId)).filter((a) => a.includes("feed"))).toEqual([
      "shortlist.feed-renew",
      "shortlist.feed-renew",
      "shortlist.feed-revoke",
    ]);
  });

  test("of a saved search lists its changes since last seen", async () => {
    const word = "Feedzoeker";
    const item = await demo(word);
    const search = await saveSearch(
      { viewer: officer, input: { name: "Feedzoekopdracht", query: `q=${word}&recognised=true` } },
      db,
    );
    const { token } = await renewFeedToken({ viewer: officer, kind: "saved-search", id: search.id }, db);
    expect((await getFeed({ kind: "saved-search", token, baseUrl }, db))!.entries).toEqual([]);
    await rateIntervention({ viewer: admin, slug: item.slug, input: decision() }, db);
    const feed = await getFeed({ kind: "saved-search", token, baseUrl }, db);
    expect(feed!.entries.map((e) => e.title)).toEqual([
      `1 nieuwe treffer: ${word} interventie ${item.slug.split("-").at(-1)}`,
    ]);
    expect(feed!.entries[0].link).toBe(`${baseUrl}/interventions?q=${word}&recognised=true`);
  });
});
