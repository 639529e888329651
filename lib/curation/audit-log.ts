/**
 * The audit log for the editors: every change with who made it, newest first, filtered by user, entity
 * (type, and id within a type) and date range, page by page or as CSV. The filters come from the query
 * string and are checked by one zod schema whose messages name the parameter, in the page's language.
 * Dates are calendar days in Europe/Amsterdam, the app's time zone; `to` includes its whole day.
 */
import "server-only";
import { z } from "zod";
import { stringify } from "csv-stringify/sync";
import { db } from "../db";
import type { Db } from "../database/client";
import type { Prisma } from "../../generated/prisma/client";
import { AppError, type FieldIssue } from "../errors";
import { requirePermission, type Viewer } from "../auth/viewer";
import { emailSchema } from "../auth/schemas";
import type { Locale } from "../i18n/locale";

export const AUDIT_PAGE_SIZE = 50;
/** The CSV export refuses more rows than this (ask for narrower filters) instead of cutting the file off. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;
export const AUDIT_TIME_ZONE = "Europe/Amsterdam";

/** What a query string gives a page or a route handler: one value, several, or none per name. */
export type QueryValues = Record<string, string | string[] | undefined>;

export function queryValues(params: URLSearchParams): QueryValues {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    values[key] = all.length === 1 ? all[0] : all;
  }
  return values;
}

type Say = Record<Locale, string>;
/** Marks the issues whose message is our own sentence naming the parameter (kept as it is). */
const OWN = { own: true } as const;

/** A query-string parameter given at most once; empty means absent. */
export function queryParam<T extends z.ZodType>(name: string, item: T, locale: Locale) {
  const once: Say = { nl: `Geef ${name} hooguit één keer`, en: `Give ${name} at most once` };
  return z.preprocess(
    (value) => (value === "" ? undefined : value),
    z
      .any()
      .refine((value) => !Array.isArray(value), { message: once[locale], abort: true, params: OWN })
      .pipe(item.optional()),
  );
}

/** Parses the query string; every problem is an issue on the parameter's name, with our own message. */
export function parseQuery<S extends z.ZodType>(
  schema: S,
  values: QueryValues,
  messageOf: (path: string) => string | undefined,
): { ok: true; data: z.output<S> } | { ok: false; issues: FieldIssue[] } {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const issues: FieldIssue[] = [];
  for (const problem of result.error.issues) {
    const path = String(problem.path[0] ?? "(root)");
    if (issues.some((known) => known.path === path)) continue;
    // Our own messages name the parameter already; any other is replaced by the parameter's own sentence.
    const own = problem.code === "custom" && problem.params?.own ? problem.message : undefined;
    issues.push({ path, message: own ?? messageOf(path) ?? problem.message });
  }
  return { ok: false, issues };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isCalendarDay = (value: string) =>
  DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

const AUDIT_PARAM_MESSAGES: Record<string, Say> = {
  actor: { nl: "actor moet een e-mailadres zijn", en: "actor must be an e-mail address" },
  entityType: {
    nl: "entityType moet een soort gegeven zijn zoals Intervention of user (letters, cijfers, - en _)",
    en: "entityType must be a kind of record such as Intervention or user (letters, digits, - and _)",
  },
  entityId: { nl: "entityId is hooguit 100 tekens", en: "entityId is at most 100 characters" },
  from: { nl: "from moet een datum zijn als JJJJ-MM-DD", en: "from must be a date as YYYY-MM-DD" },
  to: { nl: "to moet een datum zijn als JJJJ-MM-DD", en: "to must be a date as YYYY-MM-DD" },
  page: { nl: "page moet een geheel getal van 1 tot 100000 zijn", en: "page must be a whole number from 1 to 100000" },
};

export function auditQuerySchema(locale: Locale) {
  return z
    .object({
      actor: queryParam("actor", emailSchema, locale),
      entityType: queryParam(
        "entityType",
        z
          .string()
          .max(50, { abort: true })
          .regex(/^[A-Za-z][A-Za-z0-9_-]{0,49}$/),
        locale,
      ),
      entityId: queryParam("entityId", z.string().trim().min(1).max(100), locale),
      from: queryParam("from", z.string().max(10, { abort: true }).refine(isCalendarDay), locale),
      to: queryParam("to", z.string().max(10, { abort: true }).refine(isCalendarDay), locale),
      page: queryParam(
        "page",
        z
          .string()
          .regex(/^\d{1,6}$/)
          .transform(Number)
          .pipe(z.number().int().min(1).max(100_000)),
        locale,
      ),
    })
    .superRefine((query, ctx) => {
      if (query.entityId !== undefined && query.entityType === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["entityId"],
          params: OWN,
          message: { nl: "Kies bij entityId ook een entityType", en: "entityId needs an entityType too" }[locale],
        });
      }
      if (query.from !== undefined && query.to !== undefined && query.to < query.from) {
        ctx.addIssue({
          code: "custom",
          path: ["to"],
          params: OWN,
          message: { nl: "to ligt vóór from", en: "to is before from" }[locale],
        });
      }
    });
}
export type AuditQuery = z.output<ReturnType<typeof auditQuerySchema>>;
export type AuditFilters = Omit<AuditQuery, "page">;

export function parseAuditQuery(values: QueryValues, locale: Locale) {
  return parseQuery(auditQuerySchema(locale), values, (path) => AUDIT_PARAM_MESSAGES[path]?.[locale]);
}

/** The query string of these filters (for links: pages, the CSV export). */
export function auditQueryString(filters: AuditFilters, page?: number): string {
  const params = new URLSearchParams();
  for (const key of ["actor", "entityType", "entityId", "from", "to"] as const) {
    const value = filters[key];
    if (value !== undefined) params.set(key, value);
  }
  if (page !== undefined && page > 1) params.set("page", String(page));
  return params.toString();
}

/** The UTC offset of a time zone at an instant, in minutes (+60 for Amsterdam in winter). */
function offsetMinutes(at: Date, timeZone: string): number {
  const name =
    new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
      .formatToParts(at)
      .find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

/** The instant a calendar day begins in the time zone (checked again across a daylight-saving change). */
export function startOfDay(day: string, timeZone = AUDIT_TIME_ZONE): Date {
  const utc = new Date(`${day}T00:00:00Z`).getTime();
  const first = offsetMinutes(new Date(utc), timeZone);
  const guess = new Date(utc - first * 60_000);
  const second = offsetMinutes(guess, timeZone);
  return second === first ? guess : new Date(utc - second * 60_000);
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

const NO_SUCH_ACTOR: Record<Locale, (email: string) => string> = {
  nl: (email) => `Er is geen gebruiker met e-mailadres ${email}`,
  en: (email) => `There is no user with e-mail ${email}`,
};

async function whereOf(client: Db, filters: AuditFilters, locale: Locale): Promise<Prisma.AuditLogWhereInput> {
  const where: Prisma.AuditLogWhereInput = {};
  if (filters.actor !== undefined) {
    const actor = await client.user.findUnique({ where: { email: filters.actor }, select: { id: true } });
    if (!actor) {
      const message = NO_SUCH_ACTOR[locale](filters.actor);
      throw new AppError("INVALID", message, [{ path: "actor", message }]);
    }
    where.actorId = actor.id;
  }
  if (filters.entityType !== undefined) where.entityType = filters.entityType;
  if (filters.entityId !== undefined) where.entityId = filters.entityId;
  if (filters.from !== undefined || filters.to !== undefined) {
    where.createdAt = {
      ...(filters.from !== undefined ? { gte: startOfDay(filters.from) } : {}),
      ...(filters.to !== undefined ? { lt: startOfDay(nextDay(filters.to)) } : {}),
    };
  }
  return where;
}

export type AuditEntry = {
  id: number;
  createdAt: Date;
  actor: { id: string; email: string; name: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  data: Prisma.JsonValue;
};

const entrySelect = {
  id: true,
  createdAt: true,
  action: true,
  entityType: true,
  entityId: true,
  data: true,
  actor: { select: { id: true, email: true, name: true } },
} as const;

// Newest first; the id breaks ties within one millisecond.
const newestFirst = [
  { createdAt: "desc" },
  { id: "desc" },
] as const satisfies Prisma.AuditLogOrderByWithRelationInput[];

/** One page of the entries matching the filters, newest first. An unknown actor e-mail is INVALID. */
export async function findAuditEntries(
  {
    viewer,
    filters,
    page = 1,
    pageSize = AUDIT_PAGE_SIZE,
    locale = "en",
  }: { viewer: Viewer | null; filters: AuditFilters; page?: number; pageSize?: number; locale?: Locale },
  database?: Db,
): Promise<{ items: AuditEntry[]; total: number; page: number; pageSize: number }> {
  requirePermission(viewer, "read", "audit-log");
  const client = database ?? (await db());
  const where = await whereOf(client, filters, locale);
  const [items, total] = await Promise.all([
    client.auditLog.findMany({
      where,
      select: entrySelect,
      orderBy: [...newestFirst],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    client.auditLog.count({ where }),
  ]);
  return { items, total, page, pageSize };
}

/** The kinds of records the log has entries for, for the filter's choices. */
export async function findAuditEntityTypes({ viewer }: { viewer: Viewer | null }, database?: Db): Promise<string[]> {
  requirePermission(viewer, "read", "audit-log");
  const client = database ?? (await db());
  const rows = await client.auditLog.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } });
  return rows.map((row) => row.entityType);
}

export const AUDIT_CSV_COLUMNS = [
  "id",
  "created_at",
  "actor_email",
  "actor_name",
  "action",
  "entity_type",
  "entity_id",
  "data",
] as const;

/**
 * A text cell a spreadsheet would run as a formula or that could smuggle one in (=, +, -, @, tab or
 * carriage return at the start) gets an apostrophe in front, which spreadsheets show as text.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The entries as CSV: UTF-8 with a byte-order mark (for Excel), CRLF line ends, times in UTC (ISO 8601). */
export function auditEntriesToCsv(entries: AuditEntry[]): string {
  const rows = entries.map((entry) =>
    [
      String(entry.id),
      entry.createdAt.toISOString(),
      entry.actor?.email ?? "",
      entry.actor?.name ?? "",
      entry.action,
      entry.entityType,
      entry.entityId,
      entry.data === null ? "" : JSON.stringify(entry.data),
    ].map(neutraliseCell),
  );
  // A lone CR or LF inside a cell is quoted too, so no spreadsheet reads it as the end of a row.
  return "\uFEFF" + stringify([[...AUDIT_CSV_COLUMNS], ...rows], { record_delimiter: "\r\n", quoted_match: /[\r\n]/ });
}

const TOO_MANY: Record<Locale, (total: number) => string> = {
  nl: (total) =>
    `De export is beperkt tot ${AUDIT_EXPORT_MAX_ROWS} regels en deze selectie telt er ${total}; kies een kortere periode of meer filters`,
  en: (total) =>
    `The export is limited to ${AUDIT_EXPORT_MAX_ROWS} rows and this selection has ${total}; choose a shorter period or more filters`,
};

/** Every entry matching the filters as CSV, newest first; more than the limit is INVALID, never a cut-off file. */
export async function exportAuditCsv(
  { viewer, filters, locale = "en" }: { viewer: Viewer | null; filters: AuditFilters; locale?: Locale },
  database?: Db,
): Promise<{ csv: string; total: number }> {
  requirePermission(viewer, "read", "audit-log");
  const client = database ?? (await db());
  const where = await whereOf(client, filters, locale);
  const total = await client.auditLog.count({ where });
  if (total > AUDIT_EXPORT_MAX_ROWS) {
    throw new AppError("INVALID", TOO_MANY[locale](total), [{ path: "(root)", message: TOO_MANY[locale](total) }]);
  }
  const entries = await client.auditLog.findMany({ where, select: entrySelect, orderBy: [...newestFirst] });
  return { csv: auditEntriesToCsv(entries), total };
}
