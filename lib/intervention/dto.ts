/**
 * The shapes the catalogue returns to pages and to the public API, inferred from the response schemas in
 * ./api-schemas.ts (which also generate the OpenAPI document). Types only: safe to import anywhere.
 */
import type { z } from "zod";
import type {
  clearinghouseSchema,
  effectSizeSchema,
  externalRatingSchema,
  interventionDetailSchema,
  interventionListItemSchema,
  interventionListSchema,
  pooledEffectSchema,
  ratingEventSchema,
  recognitionSchema,
  studySchema,
  targetGroupSchema,
} from "./api-schemas";

export type { EvidenceLevelSlug, PreventionLevelSlug, Facets, FacetParam, InterventionFilters } from "./schemas";

export type PooledEffectDto = z.infer<typeof pooledEffectSchema>;
export type TargetGroupDto = z.infer<typeof targetGroupSchema>;
export type RecognitionDto = z.infer<typeof recognitionSchema>;
export type InterventionListItem = z.infer<typeof interventionListItemSchema>;
export type InterventionList = z.infer<typeof interventionListSchema>;

export type RatingEventDto = z.infer<typeof ratingEventSchema>;
export type ClearinghouseDto = z.infer<typeof clearinghouseSchema>;
export type ExternalRatingDto = z.infer<typeof externalRatingSchema>;
export type EffectSizeDto = z.infer<typeof effectSizeSchema>;
export type StudyDto = z.infer<typeof studySchema>;
export type InterventionDetail = z.infer<typeof interventionDetailSchema>;

/** One entry of a reference list, for filter labels. */
export type ReferenceEntry = { slug: string; nameNl: string; nameEn: string };
export type ReferenceLists = {
  riskFactors: (ReferenceEntry & { isAce: boolean })[];
  outcomes: (ReferenceEntry & { higherIsBetter: boolean })[];
  deliveryModes: ReferenceEntry[];
  /** nameNl and nameEn are both the clearinghouse's own name. */
  clearinghouses: (ReferenceEntry & { country: string; website: string; scale: string[] })[];
};
