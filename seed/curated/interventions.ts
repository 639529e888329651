/**
 * The curated interventions, one file each under ./interventions/. Every record is transcribed from the public
 * sources it cites (URLs and publications in its sourceNote, rating justifications, study citations and
 * notes). Numbers are copied exactly as those sources give them, never computed or rounded; a value that
 * could not be checked against its source is stored with `verified: false`, and a value that no source
 * states (an inferred prevention level or Health Council target group, say) carries a provenance entry with
 * its reason. Age ranges are in months (negative = before birth); "up to 6 years" is stored as up to 83
 * months, i.e. through the last month of the stated year.
 */
import type { CuratedIntervention } from "./types";
import { abc } from "./interventions/abc";
import { childParentPsychotherapy } from "./interventions/child-parent-psychotherapy";
import { circleOfSecurityParenting } from "./interventions/circle-of-security-parenting";
import { familyCheckUp } from "./interventions/family-check-up";
import { homeStart } from "./interventions/home-start";
import { incredibleYearsPreschool } from "./interventions/incredible-years-preschool";
import { kVht } from "./interventions/k-vht";
import { mindingTheBaby } from "./interventions/minding-the-baby";
import { nurseFamilyPartnership } from "./interventions/nurse-family-partnership";
import { pcit } from "./interventions/pcit";
import { safecare } from "./interventions/safecare";
import { stevigOuderschap } from "./interventions/stevig-ouderschap";
import { theraplay } from "./interventions/theraplay";
import { tripleP } from "./interventions/triple-p";
import { videoInteractionGuidance } from "./interventions/video-interaction-guidance";
import { vipp } from "./interventions/vipp";
import { vippSd } from "./interventions/vipp-sd";
import { voorzorg } from "./interventions/voorzorg";

export const curatedInterventions: CuratedIntervention[] = [
  vippSd,
  vipp,
  voorzorg,
  nurseFamilyPartnership,
  stevigOuderschap,
  tripleP,
  incredibleYearsPreschool,
  pcit,
  abc,
  circleOfSecurityParenting,
  familyCheckUp,
  safecare,
  homeStart,
  mindingTheBaby,
  childParentPsychotherapy,
  videoInteractionGuidance,
  kVht,
  theraplay,
];
