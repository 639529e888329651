/**
 * The crosswalk: other clearinghouses' ratings of an intervention, the clearinghouses themselves, and their
 * scales (ordered levels, best first, each mapped onto the common scale). Every change is one transaction
 * with its audit row. A rating's level must be an entry of its clearinghouse's scale (the database's foreign
 * key says the same), so a level still used by a rating cannot be removed, and renaming a level renames it
 * in its ratings (ON UPDATE CASCADE).
 */
import "server-only";
import { db } from "../db";
import type { Db, Tx } from "../database/client";
import type { Prisma } from "../../generated/prisma/client";
import type { CommonLevel } from "../../generated/prisma/enums";
import { AppError } from "../errors";
import { requirePermission, type Viewer } from "../auth/viewer";
import { writeAudit } from "../audit";
import type { Locale } from "../i18n/locale";
import type { commonLevelSlugs } from "../intervention/api-schemas";
import { parseCurationInput, ratingsMessage, type RatingsErrorKey } from "./form-messages";
import {
  clearinghouseFormSchema,
  externalRatingFormSchema,
  removeScaleLevelSchema,
  scaleLevelFormSchema,
  type ClearinghouseInput,
  type ExternalRatingInput,
  type ScaleLevelInput,
} from "./crosswalk-schemas";

type CommonLevelSlug = (typeof commonLevelSlugs)[number];
const commonLevelSlug = (level: CommonLevel | null) =>
  level ? (level.toLowerCase().replace(/_/g, "-") as CommonLevelSlug) : null;
const commonLevelOf = (slug: ScaleLevelInput["commonLevel"]) =>
  slug === "none" ? null : (slug.toUpperCase().replace(/-/g, "_") as CommonLevel);

function refuse(
  code: "INVALID" | "CONFLICT" | "NOT_FOUND",
  locale: Locale,
  path: string,
  key: RatingsErrorKey,
  values?: Record<string, string | number>,
): never {
  const message = ratingsMessage(locale, key, values);
  throw new AppError(code, message, [{ path, message }]);
}

function parsed<T>(result: { ok: true; data: T } | { ok: false; issues: { path: string; message: string }[] }): T {
  if (!result.ok) throw new AppError("INVALID", result.issues[0].message, result.issues);
  return result.data;
}

// ---------------------------------------------------------------------------------------------------------
// Reads
// ---------------------------------------------------------------------------------------------------------

export type ScaleLevelDto = {
  level: string;
  position: number;
  commonLevel: CommonLevelSlug | null;
  /** Ratings at this level (a level in use cannot be removed). */
  ratings: number;
};
export type ClearinghouseAdminDto = {
  slug: string;
  name: string;
  country: string;
  website: string;
  levels: ScaleLevelDto[];
  ratings: number;
};

const clearinghouseSelect = {
  id: true,
  slug: true,
  name: true,
  country: true,
  website: true,
  levels: {
    orderBy: [{ position: "asc" }, { level: "asc" }],
    select: { level: true, position: true, commonLevel: true, _count: { select: { ratings: true } } },
  },
  _count: { select: { ratings: true } },
} satisfies Prisma.ClearinghouseSelect;

type ClearinghouseRow = Prisma.ClearinghouseGetPayload<{ select: typeof clearinghouseSelect }>;

const clearinghouseDto = (c: ClearinghouseRow): ClearinghouseAdminDto => ({
  slug: c.slug,
  name: c.name,
  country: c.country,
  website: c.website,
  levels: c.levels.map((l) => ({
    level: l.level,
    position: l.position,
    commonLevel: commonLevelSlug(l.commonLevel),
    ratings: l._count.ratings,
  })),
  ratings: c._count.ratings,
});

export async function findClearinghouses(
  { viewer }: { viewer: Viewer | null },
  database?: Db,
): Promise<ClearinghouseAdminDto[]> {
  requirePermission(viewer, "manage", "clearinghouse");
  const client = database ?? (await db());
  const rows = await client.clearinghouse.findMany({ select: clearinghouseSelect, orderBy: { id: "asc" } });
  return rows.map(clearinghouseDto);
}

export async function getClearinghouse(
  { viewer, slug, locale = "en" }: { viewer: Viewer | null; slug: string; locale?: Locale },
  database?: Db,
): Promise<ClearinghouseAdminDto> {
  requirePermission(viewer, "manage", "clearinghouse");
  const client = database ?? (await db());
  const row = await client.clearinghouse.findUnique({ where: { slug }, select: clearinghouseSelect });
  if (!row) refuse("NOT_FOUND", locale, "slug", "clearinghouse-not-found");
  return clearinghouseDto(row);
}

export type CrosswalkRatingDto = {
  id: number;
  clearinghouse: { slug: string; name: string; country: string };
  level: string;
  commonLevel: CommonLevelSlug | null;
  levelAsWritten: string | null;
  topic: string | null;
  ratedOn: string | null;
  reviewedOn: string | null;
  url: string | null;
  isVerified: boolean;
  note: string | null;
};
export type Crosswalk = {
  intervention: { slug: string; name: { nl: string; en: string }; isDemo: boolean };
  ratings: CrosswalkRatingDto[];
  /** Every clearinghouse with its scale, for the form's choices. */
  clearinghouses: { slug: string; name: string; country: string; levels: string[] }[];
};

export async function getCrosswalk(
  { viewer, slug, locale = "en" }: { viewer: Viewer | null; slug: string; locale?: Locale },
  database?: Db,
): Promise<Crosswalk> {
  requirePermission(viewer, "rate", "intervention");
  const client = database ?? (await db());
  const intervention = await client.intervention.findUnique({
    where: { slug },
    select: {
      slug: true,
      nameNl: true,
      nameEn: true,
      isDemo: true,
      externalRatings: {
        orderBy: [{ clearinghouseId: "asc" }, { id: "asc" }],
        select: {
          id: true,
          level: true,
          levelAsWritten: true,
          topic: true,
          ratedOn: true,
          reviewedOn: true,
          url: true,
          isVerified: true,
          note: true,
          scaleLevel: { select: { commonLevel: true } },
          clearinghouse: { select: { slug: true, name: true, country: true } },
        },
      },
    },
  });
  if (!intervention) refuse("NOT_FOUND", locale, "slug", "intervention-not-found");
  const clearinghouses = await client.clearinghouse.findMany({
    orderBy: { id: "asc" },
    select: {
      slug: true,
      name: true,
      country: true,
      levels: { orderBy: [{ position: "asc" }, { level: "asc" }], select: { level: true } },
    },
  });
  return {
    intervention: {
      slug: intervention.slug,
      name: { nl: intervention.nameNl, en: intervention.nameEn },
      isDemo: intervention.isDemo,
    },
    ratings: intervention.externalRatings.map(({ scaleLevel, ...r }) => ({
      ...r,
      commonLevel: commonLevelSlug(scaleLevel.commonLevel),
    })),
    clearinghouses: clearinghouses.map((c) => ({ ...c, levels: c.levels.map((l) => l.level) })),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Ratings of an intervention
// ---------------------------------------------------------------------------------------------------------

type RatingArgs = { viewer: Viewer | null; slug: string; locale?: Locale };

async function interventionId(tx: Tx, slug: string, locale: Locale): Promise<number> {
  const row = await tx.intervention.findUnique({ where: { slug }, select: { id: true } });
  if (!row) refuse("NOT_FOUND", locale, "slug", "intervention-not-found");
  return row.id;
}

/** The row a rating input becomes, after checking its clearinghouse, its level and that it is not a duplicate. */
async function ratingRow(tx: Tx, id: number, input: ExternalRatingInput, locale: Locale, self?: number) {
  const clearinghouse = await tx.clearinghouse.findUnique({
    where: { slug: input.clearinghouse },
    select: { id: true, name: true, levels: { select: { level: true } } },
  });
  if (!clearinghouse) refuse("INVALID", locale, "clearinghouse", "unknown-clearinghouse");
  if (!clearinghouse.levels.some((l) => l.level === input.level)) {
    refuse("INVALID", locale, "level", "level-not-in-scale", { clearinghouse: clearinghouse.name });
  }
  const row = {
    clearinghouseId: clearinghouse.id,
    level: input.level,
    levelAsWritten: input.levelAsWritten ?? null,
    topic: input.topic ?? null,
    ratedOn: input.ratedOn ?? null,
    reviewedOn: input.reviewedOn ?? null,
    url: input.url ?? null,
    isVerified: input.isVerified,
    note: input.note ?? null,
  };
  // The unique index treats two empty topics as different; the crosswalk does not.
  const duplicate = await tx.externalRating.findFirst({
    where: {
      interventionId: id,
      clearinghouseId: row.clearinghouseId,
      level: row.level,
      topic: row.topic,
      ...(self !== undefined ? { id: { not: self } } : {}),
    },
    select: { id: true },
  });
  if (duplicate) refuse("INVALID", locale, "level", "duplicate-rating", { clearinghouse: clearinghouse.name });
  return row;
}

export async function createExternalRating(
  { viewer, slug, input, locale = "en" }: RatingArgs & { input: ExternalRatingInput },
  database?: Db,
): Promise<{ id: number }> {
  const user = requirePermission(viewer, "rate", "intervention");
  const data = parsed(parseCurationInput(externalRatingFormSchema, input, locale));
  const client = database ?? (await db());
  return client.$transaction(async (tx) => {
    const id = await interventionId(tx, slug, locale);
    const row = await ratingRow(tx, id, data, locale);
    const created = await tx.externalRating.create({ data: { interventionId: id, ...row }, select: { id: true } });
    await writeAudit(
      tx,
      user,
      "external-rating.create",
      { type: "ExternalRating", id: created.id },
      {
        intervention: slug,
        clearinghouse: data.clearinghouse,
        after: row,
      },
    );
    return created;
  });
}

async function ownRating(tx: Tx, interventionId: number, ratingId: number, locale: Locale) {
  const rating = await tx.externalRating.findFirst({
    where: { id: ratingId, interventionId },
    select: {
      id: true,
      level: true,
      levelAsWritten: true,
      topic: true,
      ratedOn: true,
      reviewedOn: true,
      url: true,
      isVerified: true,
      note: true,
      clearinghouse: { select: { slug: true } },
    },
  });
  if (!rating) refuse("NOT_FOUND", locale, "id", "rating-not-found");
  return rating;
}

export async function updateExternalRating(
  { viewer, slug, id, input, locale = "en" }: RatingArgs & { id: number; input: ExternalRatingInput },
  database?: Db,
): Promise<{ id: number }> {
  const user = requirePermission(viewer, "rate", "intervention");
  const data = parsed(parseCurationInput(externalRatingFormSchema, input, locale));
  const client = database ?? (await db());
  return client.$transaction(async (tx) => {
    const intervention = await interventionId(tx, slug, locale);
    const before = await ownRating(tx, intervention, id, locale);
    const row = await ratingRow(tx, intervention, data, locale, id);
    await tx.externalRating.update({ where: { id }, data: row, select: { id: true } });
    await writeAudit(
      tx,
      user,
      "external-rating.update",
      { type: "ExternalRating", id },
      {
        intervention: slug,
        before: { ...before, clearinghouse: before.clearinghouse.slug },
        after: { ...row, clearinghouse: data.clearinghouse },
      },
    );
    return { id };
  });
}

export async function deleteExternalRating(
  { viewer, slug, id, locale = "en" }: RatingArgs & { id: number },
  database?: Db,
): Promise<void> {
  const user = requirePermission(viewer, "rate", "intervention");
  const client = database ?? (await db());
  await client.$transaction(async (tx) => {
    const intervention = await interventionId(tx, slug, locale);
    const before = await ownRating(tx, intervention, id, locale);
    await tx.externalRating.delete({ where: { id }, select: { id: true } });
    await writeAudit(
      tx,
      user,
      "external-rating.delete",
      { type: "ExternalRating", id },
      {
        intervention: slug,
        before: { ...before, clearinghouse: before.clearinghouse.slug },
      },
    );
  });
}

// ---------------------------------------------------------------------------------------------------------
// Clearinghouses
// ---------------------------------------------------------------------------------------------------------

type ClearinghouseArgs = { viewer: Viewer | null; locale?: Locale };

async function lockClearinghouse(tx: Tx, slug: string, locale: Locale) {
  const [row] = await tx.$queryRaw<{ id: number; name: string }[]>`
    SELECT id, name FROM "Clearinghouse" WHERE slug = ${slug} FOR UPDATE`;
  if (!row) refuse("NOT_FOUND", locale, "slug", "clearinghouse-not-found");
  return row;
}

async function slugIsFree(tx: Tx, slug: string, locale: Locale, self?: number) {
  const other = await tx.clearinghouse.findUnique({ where: { slug }, select: { id: true } });
  if (other && other.id !== self) refuse("INVALID", locale, "slug", "slug-taken");
}

export async function createClearinghouse(
  { viewer, input, locale = "en" }: ClearinghouseArgs & { input: ClearinghouseInput },
  database?: Db,
): Promise<{ slug: string }> {
  const user = requirePermission(viewer, "manage", "clearinghouse");
  const data = parsed(parseCurationInput(clearinghouseFormSchema, input, locale));
  const client = database ?? (await db());
  return client.$transaction(async (tx) => {
    await slugIsFree(tx, data.slug, locale);
    const created = await tx.clearinghouse.create({ data, select: { id: true, slug: true } });
    await writeAudit(tx, user, "clearinghouse.create", { type: "Clearinghouse", id: created.id }, { after: data });
    return { slug: created.slug };
  });
}

export async function updateClearinghouse(
  { viewer, slug, input, locale = "en" }: ClearinghouseArgs & { slug: string; input: ClearinghouseInput },
  database?: Db,
): Promise<{ slug: string }> {
  const user = requirePermission(viewer, "manage", "clearinghouse");
  const data = parsed(parseCurationInput(clearinghouseFormSchema, input, locale));
  const client = database ?? (await db());
  return client.$transaction(async (tx) => {
    const { id } = await lockClearinghouse(tx, slug, locale);
    await slugIsFree(tx, data.slug, locale, id);
    const before = await tx.clearinghouse.findUniqueOrThrow({
      where: { id },
      select: { name: true, slug: true, country: true, website: true },
    });
    await tx.clearinghouse.update({ where: { id }, data, select: { id: true } });
    await writeAudit(tx, user, "clearinghouse.update", { type: "Clearinghouse", id }, { before, after: data });
    return { slug: data.slug };
  });
}

/** Removes a clearinghouse with its scale; refused while any intervention carries one of its ratings. */
export async function deleteClearinghouse(
  { viewer, slug, locale = "en" }: ClearinghouseArgs & { slug: string },
  database?: Db,
): Promise<void> {
  const user = requirePermission(viewer, "manage", "clearinghouse");
  const client = database ?? (await db());
  await client.$transaction(async (tx) => {
    const { id } = await lockClearinghouse(tx, slug, locale);
    const ratings = await tx.externalRating.count({ where: { clearinghouseId: id } });
    if (ratings > 0) refuse("CONFLICT", locale, "slug", "clearinghouse-in-use", { count: ratings });
    const before = await tx.clearinghouse.findUniqueOrThrow({
      where: { id },
      select: { name: true, slug: true, country: true, website: true, levels: { select: { level: true } } },
    });
    await tx.clearinghouse.delete({ where: { id }, select: { id: true } });
    await writeAudit(tx, user, "clearinghouse.delete", { type: "Clearinghouse", id }, { before });
  });
}

// ---------------------------------------------------------------------------------------------------------
// Scales
// ---------------------------------------------------------------------------------------------------------

const levelEntity = (clearinghouseId: number, level: string) => ({
  type: "ClearinghouseLevel",
  id: `${clearinghouseId}:${level}`,
});

/** Positions 1…n in the given order (best first), writing only the rows whose position changes. */
async function renumber(tx: Tx, clearinghouseId: number, ordered: { level: string; position: number }[]) {
  for (const [index, l] of ordered.entries()) {
    if (l.position !== index + 1) {
      await tx.clearinghouseLevel.update({
        where: { clearinghouseId_level: { clearinghouseId, level: l.level } },
        data: { position: index + 1 },
        select: { level: true },
      });
    }
  }
}

const scaleOf = (tx: Tx, clearinghouseId: number) =>
  tx.clearinghouseLevel.findMany({
    where: { clearinghouseId },
    orderBy: [{ position: "asc" }, { level: "asc" }],
    select: { level: true, position: true, commonLevel: true },
  });

/** Adds a level at the bottom of the scale (the lowest so far); move it up to place it. */
export async function addScaleLevel(
  { viewer, slug, input, locale = "en" }: ClearinghouseArgs & { slug: string; input: ScaleLevelInput },
  database?: Db,
): Promise<void> {
  const user = requirePermission(viewer, "manage", "clearinghouse");
  const data = parsed(parseCurationInput(scaleLevelFormSchema, input, locale));
  const client = database ?? (await db());
  await client.$transaction(async (tx) => {
    const { id } = await lockClearinghouse(tx, slug, locale);
    const scale = await scaleOf(tx, id);
    if (scale.some((l) => l.level === data.level)) refuse("INVALID", locale, "level", "level-exists");
    await renumber(tx, id, scale);
    const commonLevel = commonLevelOf(data.commonLevel);
    await tx.clearinghouseLevel.create({
      data: { clearinghouseId: id, level: data.level, position: scale.length + 1, commonLevel },
      select: { level: true },
    });
    await writeAudit(tx, user, "clearinghouse-level.create", levelEntity(id, data.level), {
      clearinghouse: slug,
      after: { level: data.level, position: scale.length + 1, commonLevel },
      reason: data.reason,
    });
  });
}

/**
 * Renames a level (its ratings follow) or changes its place on the common scale, which changes how every
 * rating at that level reads; the reason goes into the audit log.
 */
export async function updateScaleLevel(
  {
    viewer,
    slug,
    level,
    input,
    locale = "en",
  }: ClearinghouseArgs & { slug: string; level: string; input: ScaleLevelInput },
  database?: Db,
): Promise<void> {
  const user = requirePermission(viewer, "manage", "clearinghouse");
  const data = parsed(parseCurationInput(scaleLevelFormSchema, input, locale));
  const client = database ?? (await db());
  await client.$transaction(async (tx) => {
    const { id } = await lockClearinghouse(tx, slug, locale);
    const scale = await scaleOf(tx, id);
    const before = scale.find((l) => l.level === level);
    if (!before) refuse("NOT_FOUND", locale, "level", "level-not-found");
    if (data.level !== level && scale.some((l) => l.level === data.level)) {
      refuse("INVALID", locale, "level", "level-exists");
    }
    const commonLevel = commonLevelOf(data.commonLevel);
    await tx.clearinghouseLevel.update({
      where: { clearinghouseId_level: { clearinghouseId: id, level } },
      data: { level: data.level, commonLevel },
      select: { level: true },
    });
    await writeAudit(tx, user, "clearinghouse-level.update", levelEntity(id, data.level), {
      clearinghouse: slug,
      before,
      after: { level: data.level, position: before.position, commonLevel },
      reason: data.reason,
    });
  });
}

/** Moves a level one place up (better) or down (worse) on its scale. */
export async function moveScaleLevel(
  {
    viewer,
    slug,
    level,
    direction,
    locale = "en",
  }: ClearinghouseArgs & { slug: string; level: string; direction: "up" | "down" },
  database?: Db,
): Promise<void> {
  const user = requirePermission(viewer, "manage", "clearinghouse");
  const client = database ?? (await db());
  await client.$transaction(async (tx) => {
    const { id } = await lockClearinghouse(tx, slug, locale);
    const scale = await scaleOf(tx, id);
    const index = scale.findIndex((l) => l.level === level);
    if (index < 0) refuse("NOT_FOUND", locale, "level", "level-not-found");
    const target = direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= scale.length) return;
    const ordered = [...scale];
    [ordered[index], ordered[target]] = [ordered[target], ordered[index]];
    await renumber(tx, id, ordered);
    await writeAudit(tx, user, "clearinghouse-level.move", levelEntity(id, level), {
      clearinghouse: slug,
      direction,
      from: index + 1,
      to: target + 1,
    });
  });
}

/** Removes a level from the scale; refused while a rating uses it (change those ratings first). */
export async function removeScaleLevel(
  {
    viewer,
    slug,
    level,
    input,
    locale = "en",
  }: ClearinghouseArgs & { slug: string; level: string; input: { reason: string } },
  database?: Db,
): Promise<void> {
  const user = requirePermission(viewer, "manage", "clearinghouse");
  const data = parsed(parseCurationInput(removeScaleLevelSchema, input, locale));
  const client = database ?? (await db());
  await client.$transaction(async (tx) => {
    const { id } = await lockClearinghouse(tx, slug, locale);
    const scale = await scaleOf(tx, id);
    const before = scale.find((l) => l.level === level);
    if (!before) refuse("NOT_FOUND", locale, "level", "level-not-found");
    const used = await tx.externalRating.findMany({
      where: { clearinghouseId: id, level },
      select: { intervention: { select: { nameNl: true } } },
      orderBy: { id: "asc" },
    });
    if (used.length > 0) {
      refuse("CONFLICT", locale, "level", "level-in-use", {
        level,
        count: used.length,
        names: used
          .slice(0, 3)
          .map((u) => u.intervention.nameNl)
          .join(", "),
      });
    }
    await tx.clearinghouseLevel.delete({
      where: { clearinghouseId_level: { clearinghouseId: id, level } },
      select: { level: true },
    });
    await renumber(
      tx,
      id,
      scale.filter((l) => l.level !== level),
    );
    await writeAudit(tx, user, "clearinghouse-level.delete", levelEntity(id, level), {
      clearinghouse: slug,
      before,
      reason: data.reason,
    });
  });
}
