/**
 * Query and response of GET /api/v1/evidence-map (the evidence gap map). Browser-safe (zod only); the OpenAPI
 * document is generated from these.
 */
import { z } from "zod";

export const EVIDENCE_MAP_COLUMNS = ["adviceGroup", "targetGroup"] as const;
export type EvidenceMapColumns = (typeof EVIDENCE_MAP_COLUMNS)[number];

export const evidenceMapQuerySchema = z
  .strictObject({
    columns: z.enum(EVIDENCE_MAP_COLUMNS).default("adviceGroup").meta({
      description:
        "adviceGroup (default): the Health Council's target groups (advice 2018/11); targetGroup: the prevention levels",
    }),
    lang: z
      .enum(["nl", "en"])
      .default("nl")
      .meta({ description: "Language of `name` (nameNl and nameEn are both given)" }),
  })
  .meta({ id: "EvidenceMapQuery" });
export type EvidenceMapQuery = z.infer<typeof evidenceMapQuerySchema>;

const axisEntry = z
  .object({
    slug: z.string().meta({ description: "The catalogue filter value (outcome, adviceGroup or targetGroup)" }),
    name: z.string().meta({ description: "Name in the requested language" }),
    nameNl: z.string(),
    nameEn: z.string(),
  })
  .meta({ id: "EvidenceMapAxisEntry" });

export const certaintySlugs = ["high", "moderate", "low", "very-low"] as const;

export const evidenceMapCellSchema = z
  .object({
    row: z.string().meta({ description: "Outcome slug" }),
    column: z.string().meta({ description: "Column slug" }),
    interventions: z.number().int().meta({
      description:
        "Interventions for this group with accepted evidence on this outcome (the catalogue's count for both filters)",
    }),
    studies: z
      .number()
      .int()
      .meta({ description: "Accepted studies with an effect on this outcome, for those interventions" }),
    bestCertainty: z.enum(certaintySlugs).nullable().meta({
      description: "The highest certainty among their headline effects on this outcome; null when none has one",
    }),
    largestEffect: z.number().nullable().meta({
      description: "The largest headline effect (SMD, positive = benefit) on this outcome; null when none",
    }),
  })
  .meta({ id: "EvidenceMapCell" });
export type EvidenceMapCell = z.infer<typeof evidenceMapCellSchema>;

export const evidenceMapSchema = z
  .object({
    columns: z.array(axisEntry),
    rows: z.array(axisEntry).meta({ description: "Outcome domains, every one, also those without evidence" }),
    cells: z.array(evidenceMapCellSchema).meta({
      description: "One cell per row and column, rows first; interventions = 0 marks a gap",
    }),
  })
  .meta({ id: "EvidenceMap" });
export type EvidenceMap = z.infer<typeof evidenceMapSchema>;
