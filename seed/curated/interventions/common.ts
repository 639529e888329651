/** Names and URLs that several curated records share, spelled once. */

/** The Dutch recognition committee, named as the deciding body when a source names no deelcommissie. */
export const NJI_COMMITTEE = "Erkenningscommissie Interventies (NJi)";

/** The NJi deelcommissie that decided most of the recognitions in this seed, as NJi names it. */
export const DEELCOMMISSIE_JEUGDZORG = "Deelcommissie Jeugdzorg en psychosociale/pedagogische preventie";

/** NJi recognises only interventions that are carried out in the Netherlands (inclusion criterion). */
export const NJI_PROCEDURE_URL = "https://www.nji.nl/interventies/erkenningsprocedure";

/** The HomVEE "In brief" page of the VIPP-SD report, which also covers VIPP (report last updated 2023). */
export const HOMVEE_VIPP_SD_URL =
  "https://stage.homvee.net/effectiveness/Video-Feedback%20Intervention%20to%20promote%20Positive%20Parenting-Sensitive%20Discipline%C2%AE%20%28VIPP-SD%29/In%20Brief";

/** Reason shown when a stored d with group sizes cannot be computed yet (no such input form). */
export const D_WITH_NS_NOTE =
  "De gerapporteerde d is met deze groepsgroottes omgerekend naar Hedges' g met de exacte kleine-steekproefcorrectie (zoals metafor's escalc); de variantie volgt uit dezelfde aantallen.";
