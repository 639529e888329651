/**
 * Checks a whole file before anything is written (and releases the file's records as it parses them): every record against its schema (./format.ts), then the
 * references between records and to what the databank already holds. All problems are collected (up to
 * MAX_REPORTED_ISSUES, the rest counted), each with its record, field and problem in Dutch and English.
 *
 * What an import does on a databank that is not empty (README, ./FORMAT.md): it only adds. Vocabulary
 * entries and clearinghouses that exist are matched by slug and must be the same in the file (an import never
 * changes them); interventions whose slug exists and studies whose key exists are refused, because the public
 * rating history cannot be replaced (it is append-only) and an import never overwrites curators' work.
 */
import { z } from "zod";
import type { Db, Tx } from "../database/client";
import type { CommonLevel, EvidenceLevel } from "../../generated/prisma/enums";
import {
  catalogueShell,
  FORMAT_MESSAGES_NL,
  interventionRecord,
  studyRecord,
  toSlug,
  type Catalogue,
  type InterventionData,
  type StudyData,
} from "./format";
import type { Locate, Path } from "./read";
import { IssueList, text, type Text } from "./report";

export type Checked = { ok: true; catalogue: Catalogue } | { ok: false; issues: IssueList };
export type CheckProgress = (checked: number, total: number) => void | Promise<void>;

const nlLocale = z.locales.nl().localeError;

/** Records checked between two progress reports (and two yields to other work in this process). */
const PROGRESS_EVERY = 100;

function zodIssues(error: z.ZodError, dutch: z.ZodError | null): { path: Path; problem: Text }[] {
  return error.issues.flatMap((issue, index) => {
    const base = issue.path as (string | number)[];
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: [...base, key],
        problem: text("Unknown field", "Onbekend veld"),
      }));
    }
    const nl = dutch?.issues[index]?.message ?? issue.message;
    return [{ path: base, problem: text(issue.message, FORMAT_MESSAGES_NL[nl] ?? nl) }];
  });
}

/** Parses one record; on failure adds its issues (in both languages) under `prefix`. */
function parseRecord<S extends z.ZodType>(
  schema: S,
  value: unknown,
  prefix: Path,
  issues: IssueList,
  locate: Locate,
): z.output<S> | null {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const dutch = issues.isFull ? null : schema.safeParse(value, { error: nlLocale });
  for (const { path, problem } of zodIssues(result.error, dutch && !dutch.success ? dutch.error : null)) {
    issues.add({ ...locate([...prefix, ...path]), problem });
  }
  return null;
}

const quoted = (value: string) => `"${value}"`;

type Existing = {
  riskFactors: Map<string, Record<string, unknown>>;
  outcomeDomains: Map<string, Record<string, unknown>>;
  deliveryModes: Map<string, Record<string, unknown>>;
  clearinghouses: Map<
    string,
    { name: string; country: string; website: string; scale: { level: string; commonLevel: CommonLevel | null }[] }
  >;
  interventionSlugs: Set<string>;
  studyKeys: Set<string>;
};

/** In chunks, so a file with many records stays within PostgreSQL's parameter limit. */
async function inChunks<T>(values: string[], find: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const found: T[] = [];
  for (let from = 0; from < values.length; from += 10_000)
    found.push(...(await find(values.slice(from, from + 10_000))));
  return found;
}

async function existing(db: Db | Tx, catalogue: Catalogue): Promise<Existing> {
  const bySlug = <T extends { slug: string }>(rows: T[]) =>
    new Map(rows.map(({ slug, ...rest }) => [slug, rest as Record<string, unknown>]));
  const entry = { slug: true, nameNl: true, nameEn: true } as const;
  const slugs = catalogue.interventions.map((i) => i.slug);
  const keys = [...catalogue.interventions.flatMap((i) => i.studies), ...catalogue.contextStudies].flatMap((s) =>
    s.key === null ? [] : [s.key],
  );
  const clearinghouses = await db.clearinghouse.findMany({
    select: {
      slug: true,
      name: true,
      country: true,
      website: true,
      levels: { select: { level: true, commonLevel: true }, orderBy: { position: "asc" } },
    },
  });
  return {
    riskFactors: bySlug(await db.riskFactor.findMany({ select: { ...entry, isAce: true } })),
    outcomeDomains: bySlug(await db.outcomeDomain.findMany({ select: { ...entry, higherIsBetter: true } })),
    deliveryModes: bySlug(await db.deliveryMode.findMany({ select: entry })),
    clearinghouses: new Map(clearinghouses.map(({ slug, levels, ...c }) => [slug, { ...c, scale: levels }])),
    interventionSlugs: new Set(
      (
        await inChunks(slugs, (chunk) =>
          db.intervention.findMany({ where: { slug: { in: chunk } }, select: { slug: true } }),
        )
      ).map((i) => i.slug),
    ),
    studyKeys: new Set(
      (
        await inChunks(keys, (chunk) => db.study.findMany({ where: { key: { in: chunk } }, select: { key: true } }))
      ).map((s) => s.key!),
    ),
  };
}

const RECOGNISED_MINIMUM: EvidenceLevel = "GOED_ONDERBOUWD";
const LADDER: readonly EvidenceLevel[] = [
  "NIET_BEOORDEELD",
  "NIET_EFFECTIEF",
  "GOED_BESCHREVEN",
  "GOED_ONDERBOUWD",
  "EERSTE_AANWIJZINGEN",
  "GOEDE_AANWIJZINGEN",
  "STERKE_AANWIJZINGEN",
];

/** The references and rules that span records, and the comparison with what the databank holds. */
function crossCheck(catalogue: Catalogue, have: Existing, add: (path: Path, en: string, nl: string) => void): void {
  // Vocabularies: unique in the file; an entry the databank has must be the same.
  const known = {
    riskFactors: new Set(have.riskFactors.keys()),
    outcomeDomains: new Set(have.outcomeDomains.keys()),
    deliveryModes: new Set(have.deliveryModes.keys()),
  };
  for (const list of ["riskFactors", "outcomeDomains", "deliveryModes"] as const) {
    const seen = new Map<string, number>();
    catalogue.vocabularies[list].forEach((entry, index) => {
      const path = ["vocabularies", list, index];
      const first = seen.get(entry.slug);
      if (first !== undefined) {
        add([...path, "slug"], `Appears twice (also entry ${first})`, `Komt twee keer voor (ook bij ${first})`);
      }
      seen.set(entry.slug, index);
      known[list].add(entry.slug);
      const current = have[list].get(entry.slug);
      if (!current) return;
      for (const [field, value] of Object.entries(entry)) {
        if (field === "slug" || current[field] === value) continue;
        add(
          [...path, field],
          `Differs from the databank, which has ${JSON.stringify(current[field])}; an import never changes existing vocabulary`,
          `Wijkt af van de databank, die ${JSON.stringify(current[field])} heeft; een import wijzigt bestaande begrippen nooit`,
        );
      }
    });
  }

  // Clearinghouses: unique; an existing one must be the same, scale included; levels unique on a scale.
  const scales = new Map<string, Set<string>>();
  for (const [slug, c] of have.clearinghouses) scales.set(slug, new Set(c.scale.map((l) => l.level)));
  const seenClearinghouses = new Map<string, number>();
  catalogue.clearinghouses.forEach((c, index) => {
    const path = ["clearinghouses", index];
    const first = seenClearinghouses.get(c.slug);
    if (first !== undefined)
      add(
        [...path, "slug"],
        `Appears twice (also clearinghouse ${first})`,
        `Komt twee keer voor (ook bij databank ${first})`,
      );
    seenClearinghouses.set(c.slug, index);
    const levels = new Set<string>();
    c.scale.forEach((l, position) => {
      if (levels.has(l.level))
        add([...path, "scale", position, "level"], "Appears twice on this scale", "Komt twee keer voor op deze schaal");
      levels.add(l.level);
    });
    const current = have.clearinghouses.get(c.slug);
    if (!current) {
      scales.set(c.slug, levels);
      return;
    }
    for (const field of ["name", "country", "website"] as const) {
      if (current[field] !== c[field]) {
        add(
          [...path, field],
          `Differs from the databank, which has ${quoted(current[field])}; an import never changes an existing clearinghouse`,
          `Wijkt af van de databank, die ${quoted(current[field])} heeft; een import wijzigt een bestaande databank nooit`,
        );
      }
    }
    const same =
      current.scale.length === c.scale.length &&
      current.scale.every((l, i) => l.level === c.scale[i].level && l.commonLevel === c.scale[i].commonLevel);
    if (!same) {
      const words = current.scale.map((l) => `${l.level} (${l.commonLevel ? toSlug(l.commonLevel) : "–"})`).join(", ");
      add(
        [...path, "scale"],
        `Differs from the scale in the databank: ${words}; change a scale on the clearinghouses page`,
        `Wijkt af van de schaal in de databank: ${words}; wijzig een schaal op de pagina van de databanken`,
      );
    }
  });

  // Interventions and their parts.
  const seenSlugs = new Map<string, number>();
  const seenKeys = new Map<string, string>();
  const checkStudy = (s: StudyData, path: Path) => {
    if (s.key !== null) {
      const first = seenKeys.get(s.key);
      if (first)
        add(
          [...path, "key"],
          `The key is used twice (also at ${first})`,
          `De sleutel komt twee keer voor (ook bij ${first})`,
        );
      else seenKeys.set(s.key, path.join("."));
      if (have.studyKeys.has(s.key)) {
        add(
          [...path, "key"],
          "A study with this key is already in the databank; an import only adds studies",
          "Er staat al een studie met deze sleutel in de databank; een import voegt alleen studies toe",
        );
      }
    }
    s.effectSizes.forEach((e, index) => {
      if (!known.outcomeDomains.has(e.outcome)) {
        add(
          [...path, "effectSizes", index, "outcome"],
          `Unknown outcome domain ${quoted(e.outcome)}`,
          `Onbekend uitkomstdomein ${quoted(e.outcome)}`,
        );
      }
    });
  };
  const unknownIn = (values: string[], set: Set<string>, path: Path, en: string, nl: string) => {
    const seen = new Set<string>();
    for (const value of values) {
      if (!set.has(value)) add(path, `${en} ${quoted(value)}`, `${nl} ${quoted(value)}`);
      if (seen.has(value)) add(path, `${quoted(value)} appears twice`, `${quoted(value)} komt twee keer voor`);
      seen.add(value);
    }
  };

  catalogue.interventions.forEach((intervention: InterventionData, index) => {
    const path = ["interventions", index];
    const first = seenSlugs.get(intervention.slug);
    if (first !== undefined)
      add(
        [...path, "slug"],
        `Appears twice (also intervention ${first})`,
        `Komt twee keer voor (ook bij interventie ${first})`,
      );
    seenSlugs.set(intervention.slug, index);
    if (have.interventionSlugs.has(intervention.slug)) {
      add(
        [...path, "slug"],
        "An intervention with this slug is already in the databank; an import only adds interventions",
        "Er staat al een interventie met deze slug in de databank; een import voegt alleen interventies toe",
      );
    }
    unknownIn(
      intervention.deliveryModes,
      known.deliveryModes,
      [...path, "deliveryModes"],
      "Unknown delivery mode",
      "Onbekende aanpak",
    );
    intervention.targetGroups.forEach((g, i) =>
      unknownIn(
        g.riskFactors,
        known.riskFactors,
        [...path, "targetGroups", i, "riskFactors"],
        "Unknown risk factor",
        "Onbekende risicofactor",
      ),
    );

    const r = intervention.recognition;
    if (r) {
      if (r.status === "ONBEKEND") {
        add(
          [...path, "recognition", "status"],
          "Leave out the recognition when no Dutch decision is known (onbekend is not a decision)",
          "Laat de erkenning weg als er geen Nederlands besluit bekend is (onbekend is geen besluit)",
        );
      } else if (
        r.status !== "NIET_ERKEND" &&
        (r.level === null || LADDER.indexOf(r.level) < LADDER.indexOf(RECOGNISED_MINIMUM))
      ) {
        add(
          [...path, "recognition", "level"],
          "Erkend and in herbeoordeling need a level of at least goed-onderbouwd",
          "Erkend en in herbeoordeling hebben een niveau van ten minste goed-onderbouwd nodig",
        );
      }
    }

    const ratings = new Set<string>();
    intervention.externalRatings.forEach((rating, i) => {
      const at = [...path, "externalRatings", i];
      const scale = scales.get(rating.clearinghouse);
      if (!scale) {
        add(
          [...at, "clearinghouse"],
          `Unknown clearinghouse ${quoted(rating.clearinghouse)}`,
          `Onbekende databank ${quoted(rating.clearinghouse)}`,
        );
      } else if (!scale.has(rating.level)) {
        add(
          [...at, "level"],
          `Not a level on the scale of ${rating.clearinghouse}: ${[...scale].join(", ")}`,
          `Geen niveau op de schaal van ${rating.clearinghouse}: ${[...scale].join(", ")}`,
        );
      }
      const identity = JSON.stringify([rating.clearinghouse, rating.level, rating.topic]);
      if (ratings.has(identity)) {
        add(
          [...at, "level"],
          "The same rating (clearinghouse, level, topic) appears twice",
          "Dezelfde beoordeling (databank, niveau, onderwerp) komt twee keer voor",
        );
      }
      ratings.add(identity);
    });

    const paths = new Set<string>();
    intervention.provenance.forEach((p, i) => {
      const at = [...path, "provenance", i, "path"];
      // Paths name fields of the detail record; one of a target group must name a group the record has.
      const group = /^targetGroups\.(\d+)(?:\.|$)/.exec(p.path);
      if (group && Number(group[1]) >= intervention.targetGroups.length) {
        add(
          at,
          `${quoted(p.path)} names target group ${group[1]}, which this intervention does not have (groups count from 0)`,
          `${quoted(p.path)} noemt doelgroep ${group[1]}, die deze interventie niet heeft (groepen tellen vanaf 0)`,
        );
      }
      if (paths.has(p.path)) add(at, "Appears twice", "Komt twee keer voor");
      paths.add(p.path);
    });

    intervention.certaintyOverrides.forEach((o, i) => {
      if (!known.outcomeDomains.has(o.outcome)) {
        add(
          [...path, "certaintyOverrides", i, "outcome"],
          `Unknown outcome domain ${quoted(o.outcome)}`,
          `Onbekend uitkomstdomein ${quoted(o.outcome)}`,
        );
      }
    });

    intervention.studies.forEach((s, i) => checkStudy(s, [...path, "studies", i]));
  });
  catalogue.contextStudies.forEach((s, i) => checkStudy(s, ["contextStudies", i]));
}

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Every problem of the file, or the parsed catalogue ready to write. */
export async function checkCatalogue(
  db: Db | Tx,
  raw: Record<string, unknown>,
  locate: Locate,
  onProgress?: CheckProgress,
): Promise<Checked> {
  const issues = new IssueList();
  const shell = parseRecord(catalogueShell, raw, [], issues, locate);
  if (shell) {
    shell.interventions = [];
    shell.contextStudies = [];
  }
  const rawInterventions = Array.isArray(raw.interventions) ? raw.interventions : [];
  const rawStudies = Array.isArray(raw.contextStudies) ? raw.contextStudies : [];
  const total = rawInterventions.length + rawStudies.length;
  const interventions: InterventionData[] = [];
  const contextStudies: StudyData[] = [];
  let checked = 0;
  const step = async () => {
    checked += 1;
    if (checked % PROGRESS_EVERY === 0) {
      await onProgress?.(checked, total);
      await yieldToOthers();
    }
  };
  // Each record's parsed copy replaces the file's (released here), so a large file is held in memory once;
  // problems found after this are located in the parsed catalogue, which has the same shape.
  for (const [index, value] of rawInterventions.entries()) {
    const record = parseRecord(interventionRecord, value, ["interventions", index], issues, locate);
    if (record) interventions.push(record);
    rawInterventions[index] = null;
    await step();
  }
  for (const [index, value] of rawStudies.entries()) {
    const record = parseRecord(studyRecord, value, ["contextStudies", index], issues, locate);
    if (record) contextStudies.push(record);
    rawStudies[index] = null;
    await step();
  }
  await onProgress?.(checked, total);
  if (!shell || !issues.isEmpty) return { ok: false, issues };

  const catalogue: Catalogue = { ...shell, interventions, contextStudies };
  crossCheck(catalogue, await existing(db, catalogue), (path, en, nl) =>
    issues.add({ ...locate(path, catalogue), problem: text(en, nl) }),
  );
  return issues.isEmpty ? { ok: true, catalogue } : { ok: false, issues };
}
