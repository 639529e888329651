/**
 * The daily alert digest by mail (when SMTP_URL is set): to every user with shortlists or saved searches,
 * the unseen changes that happened since their previous digest, at most once per user per day. Nothing is
 * sent to a user without such changes. Run by the background job (lib/jobs/alert-digest.ts) and by
 * `npm run alerts:send`.
 *
 * Once per day however many processes run it: the user's AlertDigest row for the day is inserted in the
 * transaction that sends the mail. A second process finds the row (or waits for the first one's insert and
 * then finds it) and sends nothing; a mail that fails rolls the row back, so a later run tries again.
 */
import "server-only";
import type { Db } from "../database/client";
import type { Viewer } from "../auth/viewer";
import { ROLES, type Role } from "../auth/permissions";
import { sendMail } from "../mail";
import { now as clockNow } from "../clock";
import { alertsText } from "./shortlists-schemas";
import { findAlerts, type AlertGroup } from "./alerts";

export const DEFAULT_DIGEST_FROM = "Effectwijzer <noreply@effectwijzer.test>";

export type DigestOptions = {
  smtpUrl: string;
  /** Where users reach the app, for the links in the mail. */
  baseUrl: string;
  mailFrom?: string;
  now?: Date;
};

export type DigestResult = { users: number; sent: number; alreadySent: number; withoutChanges: number };

/** Where users reach the app (BETTER_AUTH_URL's origin, else localhost on PORT), as the sign-in mails say. */
export function appBaseUrl(env: Record<string, string | undefined> = process.env): string {
  const configured = env.BETTER_AUTH_URL?.trim();
  if (configured) return new URL(configured).origin;
  return `http://localhost:${env.PORT?.trim() || "3000"}`;
}

/** The digest's options from the environment, or null without SMTP_URL (then no digest is sent). */
export function digestOptionsFromEnv(env: Record<string, string | undefined> = process.env): DigestOptions | null {
  const smtpUrl = env.SMTP_URL?.trim();
  if (!smtpUrl) return null;
  return { smtpUrl, baseUrl: appBaseUrl(env), mailFrom: env.MAIL_FROM?.trim() || undefined };
}

const toRole = (value: string): Role => ROLES.find((r) => r === value) ?? "OFFICER";

/** The mail's text: Dutch first, then English, each change with the list it belongs to and a link. */
export function digestText(name: string, groups: AlertGroup[], baseUrl: string): string {
  const parts: string[] = [];
  for (const locale of ["nl", "en"] as const) {
    const lines = [alertsText(locale, "digest.greeting", { name }), "", alertsText(locale, "digest.intro"), ""];
    for (const group of groups) {
      const heading = alertsText(locale, group.kind === "shortlist" ? "alerts.shortlist" : "alerts.search", {
        name: group.name,
      });
      lines.push(heading, `${baseUrl}${group.href}`);
      for (const change of group.changes) {
        const about = "intervention" in change ? `${change.intervention.name[locale]}: ` : "";
        lines.push(`- ${about}${change.text[locale]}`);
      }
      lines.push("");
    }
    lines.push(
      alertsText(locale, "digest.outro", { url: `${baseUrl}/alerts` }),
      "",
      alertsText(locale, "digest.footer"),
    );
    parts.push(lines.join("\n"));
  }
  return parts.join("\n\n— English —\n\n");
}

/** Sends today's digests; returns what it did, per user. */
export async function sendAlertDigests(client: Db, options: DigestOptions): Promise<DigestResult> {
  const now = options.now ?? clockNow();
  const day = new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  const users = await client.user.findMany({
    where: { disabledAt: null, OR: [{ shortlists: { some: {} } }, { savedSearches: { some: {} } }] },
    orderBy: { id: "asc" },
    select: { id: true, email: true, name: true, role: true },
  });
  const result: DigestResult = { users: users.length, sent: 0, alreadySent: 0, withoutChanges: 0 };
  for (const user of users) {
    const today = await client.alertDigest.findUnique({
      where: { userId_day: { userId: user.id, day } },
      select: { userId: true },
    });
    if (today) {
      result.alreadySent += 1;
      continue;
    }
    const previous = await client.alertDigest.findFirst({
      where: { userId: user.id },
      orderBy: { day: "desc" },
      select: { sentAt: true },
    });
    const since = previous?.sentAt.toISOString() ?? null;
    const viewer: Viewer = { ...user, role: toRole(user.role) };
    const alerts = await findAlerts({ viewer }, client);
    const groups = alerts.groups
      .map((g) => ({ ...g, changes: g.changes.filter((c) => since === null || c.at > since) }))
      .filter((g) => g.changes.length > 0);
    const count = groups.reduce((n, g) => n + g.changes.length, 0);
    if (count === 0) {
      result.withoutChanges += 1;
      continue;
    }
    // sentAt is the real moment (whatever day `now` names), so the next digest starts where this one ended.
    const sent = await client.$transaction(
      async (tx) => {
        const inserted = await tx.$executeRaw`
          INSERT INTO "AlertDigest" ("userId", "day", "sentAt", "changes")
          VALUES (${user.id}, ${day}::date, ${new Date()}, ${count})
          ON CONFLICT ("userId", "day") DO NOTHING`;
        if (inserted === 0) return false;
        await sendMail(options.smtpUrl, {
          from: options.mailFrom ?? DEFAULT_DIGEST_FROM,
          to: user.email,
          subject: alertsText("nl", "digest.subject", { count }),
          text: digestText(user.name, groups, options.baseUrl),
        });
        return true;
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
    if (sent) result.sent += 1;
    else result.alreadySent += 1;
  }
  return result;
}
