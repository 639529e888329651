/**
 * The daily alert digest against a real SMTP server started here: a user with new changes gets one mail a
 * day listing them, a second run the same day sends nothing, a user without new changes gets nothing, and
 * the next day's digest holds only what changed since the previous one.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTestDatabase } from "@/tests/helpers/test-database";
import { createViewer } from "@/tests/helpers/viewers";
import type { Database, Db } from "@/lib/database/client";
import type { Viewer } from "@/lib/auth/viewer";
import { createDemoIntervention } from "@/seed/factories";
import { rateIntervention } from "@/lib/curation/ratings";
import { ratingDecision as decision } from "@/tests/helpers/ratings";
import { addToShortlist } from "@/lib/decision/shortlists";
import { sendAlertDigests, type DigestOptions } from "@/lib/decision/alerts-digest";

let database: Database;
let db: Db;
let admin: Viewer;
let smtp: SMTPServer;
let options: Omit<DigestOptions, "now">;
const received: { to: string; text: string }[] = [];

/** The mail's body as text: quoted-printable soft breaks joined and =XX escapes decoded (UTF-8). */
function decode(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === "=" ? /^[0-9A-F]{2}$/.exec(joined.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

beforeAll(async () => {
  database = await createTestDatabase({ seed: true });
  db = database.prisma;
  admin = await createViewer(db, "ADMIN", "digest-admin");
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let text = "";
      stream.on("data", (chunk: Buffer) => (text += chunk.toString("latin1")));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), text: decode(text) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  options = {
    smtpUrl: `smtp://127.0.0.1:${port}`,
    baseUrl: "https://effectwijzer.example",
    mailFrom: "Effectwijzer <alerts@effectwijzer.test>",
  };
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  await database?.close();
});

describe("the daily digest", () => {
  test("is sent once a day to a user with new changes, never to one without, and next holds only what is new", async () => {
    const watcher = await createViewer(db, "OFFICER", "digest-watcher");
    const quiet = await createViewer(db, "OFFICER", "digest-quiet");
    const watched = await createDemoIntervention(db, { slug: "demo-digest-watched", nameNl: "Digestdemo gevolgd" });
    const other = await createDemoIntervention(db, { slug: "demo-digest-other", nameNl: "Digestdemo andere" });
    await addToShortlist({ viewer: watcher, input: { slug: watched.slug, newShortlistName: "Digestlijst" } }, db);
    await addToShortlist({ viewer: quiet, input: { slug: other.slug, newShortlistName: "Stille lijst" } }, db);

    // Nothing changed yet: nobody gets mail, and no digest is recorded.
    expect(await sendAlertDigests(db, { ...options, now: new Date() })).toMatchObject({ sent: 0, withoutChanges: 2 });
    expect(await db.alertDigest.count()).toBe(0);

    await rateIntervention({ viewer: admin, slug: watched.slug, input: decision() }, db);
    const later = new Date();
    const first = await sendAlertDigests(db, { ...options, now: later });
    expect(first).toMatchObject({ users: 2, sent: 1, withoutChanges: 1 });
    await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1);
    const mail = received[0];
    expect(mail.to).toBe(watcher.email);
    expect(mail.text).toMatch(/^From: Effectwijzer <alerts@effectwijzer\.test>/m);
    expect(mail.text).toMatch(/^Subject: Effectwijzer: 2 nieuwe wijzigingen/m);
    expect(mail.text).toContain("Shortlist: Digestlijst");
    expect(mail.text).toContain(
      "- Digestdemo gevolgd: Niveau gewijzigd van Geen Nederlands niveau bekend naar Effectief volgens eerste aanwijzingen",
    );
    expect(mail.text).toContain("- Digestdemo gevolgd: Level changed from");
    expect(mail.text).toContain("https://effectwijzer.example/alerts");
    const digest = await db.alertDigest.findMany({ select: { userId: true, changes: true } });
    expect(digest).toEqual([{ userId: watcher.id, changes: 2 }]);

    // The same day again (another process, a restart): nothing more.
    expect(await sendAlertDigests(db, { ...options, now: later })).toMatchObject({ sent: 0, alreadySent: 1 });
    // Two processes at once: still one mail.
    await Promise.all([
      sendAlertDigests(db, { ...options, now: later }),
      sendAlertDigests(db, { ...options, now: later }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(received).toHaveLength(1);

    // The next day, with nothing new since the first digest (the changes are still unseen): no mail.
    const nextDay = new Date(later.getTime() + 24 * 60 * 60 * 1000);
    expect(await sendAlertDigests(db, { ...options, now: nextDay })).toMatchObject({ sent: 0, withoutChanges: 2 });

    // A new change: the next digest holds only that one.
    await rateIntervention({ viewer: admin, slug: watched.slug, input: decision({ level: "goede-aanwijzingen" }) }, db);
    expect(await sendAlertDigests(db, { ...options, now: nextDay })).toMatchObject({ sent: 1 });
    await expect.poll(() => received.length, { timeout: 10_000 }).toBe(2);
    expect(received[1].text).toMatch(/^Subject: Effectwijzer: 1 nieuwe wijziging$/m);
    expect(received[1].text).toContain("naar Effectief volgens goede aanwijzingen");
    expect(received.every((m) => m.to !== quiet.email)).toBe(true);
  });
});
