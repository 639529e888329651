import type { CuratedIntervention } from "../types";
import { DEELCOMMISSIE_JEUGDZORG } from "./common";

const NJI_DESCRIPTION_URL =
  "https://fdocuments.nl/document/interventie-kortdurende-video-hometraining-verder-is-er-het-basisboek-video-hometraining.html";
const NJI_PAGE_URL =
  "https://www.nji.nl/interventies/kortdurende-video-hometraining-k-vht-in-gezinnen-met-jonge-kinderen";
const AIT_URL = "https://www.aitnl.org/video-hometraining/";

export const kVht: CuratedIntervention = {
  slug: "k-vht",
  nameNl: "Kortdurende Video-Hometraining (K-VHT)",
  nameEn: "Short-term Video Home Training (K-VHT)",
  summaryNl:
    "Nederlandse kortdurende video-hometraining voor ouders van kinderen van 0 tot en met 4 jaar: de begeleider maakt thuis video-opnames van ouder en kind en bespreekt die met de ouders (video-feedback aan huis).",
  summaryEn:
    "Dutch short-term video home training for parents of children aged 0–4: the practitioner films parent and child at home and reviews the recordings with the parents (video feedback at home).",
  descriptionNl:
    "K-VHT is op 16 december 2017 erkend als 'Goed onderbouwd' (NJi-interventiebeschrijving). Die erkenning geldt alleen K-VHT, niet video-interactiebegeleiding als geheel. " +
    "Onderzoek naar video-feedback in het algemeen staat bij 'Video-interactiebegeleiding / video-feedback'; effectonderzoek naar K-VHT zelf is niet opgenomen.",
  descriptionEn:
    "K-VHT was recognised on 16 December 2017 as 'Goed onderbouwd' (well-founded in theory; NJi intervention description). That recognition covers K-VHT only, not Video Interaction Guidance as a whole. " +
    "Research on video feedback in general is listed under 'Video Interaction Guidance / video feedback'; no effect study of K-VHT itself is included.",
  intensityNl:
    "Kortdurend. Volgens de NJi-pagina acht huisbezoeken met drie video-opnames en drie nabesprekingen (niet gecontroleerd).",
  intensityEn:
    "Short-term. According to the NJi page, eight home visits with three video recordings and three reviews (not checked).",
  availabilityNl: "AVAILABLE",
  availabilityNote:
    "Volgens AIT (aitnl.org) wordt K-VHT in vrijwel alle regio's vanuit de JGZ/GGD aangeboden (niet gecontroleerd).",
  deliveryModes: ["video-feedback", "home-visits"],
  targetGroups: [
    {
      preventionLevel: "SELECTIVE",
      ageMinMonths: 0,
      ageMaxMonths: 59,
      descriptionNl:
        "Ouders van kinderen van 0 tot en met 4 jaar (NJi-interventiebeschrijving). Volgens de NJi-pagina (niet gecontroleerd) ouders die spanning ervaren in de opvoeding of lichte opvoedingsvragen hebben, bijvoorbeeld bij baby's die veel huilen of een moeilijk temperament hebben, te vroeg geboren kinderen en peuters met moeilijk gedrag.",
      descriptionEn:
        "Parents of children aged 0–4 (NJi intervention description). According to the NJi page (not checked), parents who experience parenting stress or have light parenting questions, for example with babies who cry a lot or have a difficult temperament, children born preterm and toddlers with difficult behaviour.",
      riskFactors: ["excessive-crying", "preterm-birth", "child-behaviour-problems"],
      adviceGroups: ["ASKS_FOR_SUPPORT"],
    },
  ],
  ratingHistory: [
    {
      status: "ERKEND",
      toLevel: "GOED_ONDERBOUWD",
      decidedOn: "2017-12-16",
      committee: DEELCOMMISSIE_JEUGDZORG,
      decidedBy: DEELCOMMISSIE_JEUGDZORG,
      justification:
        "NJi-interventiebeschrijving 'Kortdurende Video-Hometraining': erkend door de deelcommissie Jeugdzorg en psychosociale/pedagogische preventie op 16 december 2017, oordeel 'Goed onderbouwd'. " +
        "Goed onderbouwd is een erkenning, nog geen erkenning als effectief. De erkenning geldt alleen K-VHT.",
      sourceUrl: NJI_DESCRIPTION_URL,
      verified: true,
    },
  ],
  externalRatings: [],
  studies: [],
  sourceNote:
    "Erkenning (16 december 2017, Goed onderbouwd) en leeftijd (0 tot en met 4 jaar): NJi-interventiebeschrijving " +
    NJI_DESCRIPTION_URL +
    ". Niet gecontroleerd: de NJi-pagina " +
    NJI_PAGE_URL +
    " (doelgroep, acht huisbezoeken; de pagina meldt ook dat de erkenning ouder is dan vijf jaar en opnieuw wordt beoordeeld) en AIT " +
    AIT_URL +
    " (aanbod vanuit de JGZ/GGD). Onderzoek naar video-feedback in het algemeen: zie 'Video-interactiebegeleiding / video-feedback'.",
  provenance: [
    {
      path: "targetGroups.0.preventionLevel",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid uit de doelgroep: ouders met spanning of lichte vragen in de opvoeding van een jong kind (selectieve preventie); de bronnen noemen geen preventieniveau.",
      reasonEn:
        "Inferred from the target group: parents with stress or light questions in raising a young child (selective prevention); the sources do not state a prevention level.",
    },
    {
      path: "targetGroups.0.adviceGroups",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid: ouders met lichte opvoedingsvragen zijn ingedeeld bij ouders die zelf om steun vragen; de bronnen koppelen K-VHT niet aan een doelgroep uit het Gezondheidsraadadvies 2018/11.",
      reasonEn:
        "Inferred: parents with light parenting questions are classed as parents who ask for support themselves; the sources do not link K-VHT to a target group of Health Council advice 2018/11.",
    },
    {
      path: "targetGroups.0.riskFactors",
      kind: "UNVERIFIED",
      reasonNl:
        "Risicofactoren (veel huilen of moeilijk temperament, vroeggeboorte, moeilijk gedrag) van de NJi-pagina; niet gecontroleerd in de interventiebeschrijving.",
      reasonEn:
        "Risk factors (excessive crying or difficult temperament, preterm birth, difficult behaviour) from the NJi page; not checked against the intervention description.",
      sourceUrl: NJI_PAGE_URL,
    },
    {
      path: "intensity",
      kind: "UNVERIFIED",
      reasonNl:
        "Het aantal huisbezoeken komt van de NJi-pagina en is niet gecontroleerd in de interventiebeschrijving.",
      reasonEn:
        "The number of home visits is from the NJi page and was not checked against the intervention description.",
      sourceUrl: NJI_PAGE_URL,
    },
    {
      path: "availabilityNl",
      kind: "UNVERIFIED",
      reasonNl: "Volgens AIT wordt K-VHT in vrijwel alle regio's vanuit de JGZ/GGD aangeboden; niet gecontroleerd.",
      reasonEn: "According to AIT, K-VHT is offered by youth health services in almost all regions; not checked.",
      sourceUrl: AIT_URL,
    },
  ],
};
