/**
 * Factories for synthetic records, shared by tests and fixtures. Everything they create is marked
 * isDemo so the UI shows it as demo data.
 */
import type { Db } from "../lib/database/client";
import type { EvidenceLevel, PreventionLevel } from "../generated/prisma/enums";
import { effectFromInputs } from "../lib/evidence/compute";
import { recomputePooledEffects } from "../lib/evidence/pooling";

export type DemoStudy = {
  citation: string;
  outcome: string;
  estimate: number;
  ciLower: number;
  ciUpper: number;
  n?: number;
};

export async function createDemoIntervention(
  prisma: Db,
  options: {
    slug: string;
    nameNl: string;
    nameEn?: string;
    preventionLevel?: PreventionLevel;
    ageMinMonths?: number | null;
    ageMaxMonths?: number | null;
    evidenceLevel?: EvidenceLevel;
    studies?: DemoStudy[];
  },
) {
  return prisma.$transaction(async (tx) => {
    const outcomes = new Map(
      (await tx.outcomeDomain.findMany({ select: { id: true, slug: true } })).map((o) => [o.slug, o.id]),
    );
    const intervention = await tx.intervention.create({
      data: {
        slug: options.slug,
        nameNl: options.nameNl,
        nameEn: options.nameEn ?? options.nameNl,
        summaryNl: "Synthetische interventie voor demonstratie en tests.",
        summaryEn: "Synthetic intervention for demonstration and tests.",
        evidenceLevel: options.evidenceLevel ?? "NIET_BEOORDEELD",
        isDemo: true,
        targetGroups: {
          create: {
            preventionLevel: options.preventionLevel ?? "UNIVERSAL",
            ageMinMonths: options.ageMinMonths ?? null,
            ageMaxMonths: options.ageMaxMonths ?? null,
            descriptionNl: "Synthetische doelgroep",
            descriptionEn: "Synthetic target group",
          },
        },
      },
    });
    for (const s of options.studies ?? []) {
      const outcomeDomainId = outcomes.get(s.outcome);
      if (!outcomeDomainId) throw new Error(`Unknown outcome ${s.outcome}`);
      const inputs = { estimate: s.estimate, ciLower: s.ciLower, ciUpper: s.ciUpper };
      const computed = effectFromInputs("SMD", "ESTIMATE_CI", inputs)!;
      await tx.study.create({
        data: {
          interventionId: intervention.id,
          citation: s.citation,
          design: "RCT",
          sampleSize: s.n ?? null,
          status: "ACCEPTED",
          isDemo: true,
          effectSizes: {
            create: {
              outcomeDomainId,
              measure: "SMD",
              inputForm: "ESTIMATE_CI",
              inputs,
              yi: computed.yi,
              vi: computed.vi,
              reportedEstimate: s.estimate,
              reportedCiLower: s.ciLower,
              reportedCiUpper: s.ciUpper,
              reportedText: `g = ${s.estimate} (95% CI ${s.ciLower} to ${s.ciUpper}) (synthetic)`,
              sampleSize: s.n ?? null,
              higherIsBetter: true,
            },
          },
        },
      });
    }
    await recomputePooledEffects(tx, intervention.id);
    return intervention;
  });
}
