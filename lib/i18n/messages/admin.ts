/**
 * Texts of the editors' area (/admin), Dutch first; nl.ts and en.ts mount them under "admin". Each section
 * keeps its texts in its own file (admin-*.ts) and is mounted here.
 */
import { adminReviewEn, adminReviewNl } from "./admin-review";
import { adminRatingsEn, adminRatingsNl } from "./admin-ratings";
import { adminEditEn, adminEditNl } from "./admin-edit";
import { adminUsersEn, adminUsersNl } from "./admin-users";
import { adminDataEn, adminDataNl } from "./admin-data";
import { adminAuditEn, adminAuditNl } from "./admin-audit";

export const adminNl = {
  title: "Redactie",
  intro:
    "Hier beoordeelt de redactie ingezonden onderzoek, legt zij niveaus en erkenningen vast en beheert zij de databank. Elke beslissing wordt vastgelegd; beslissingen over niveaus en erkenning zijn openbaar.",
  nav: {
    label: "Redactie",
    overview: "Overzicht",
    review: "Te beoordelen",
    reReview: "Herbeoordeling",
    interventions: "Interventies",
    clearinghouses: "Databanken",
    data: "Import en export",
    users: "Gebruikers",
    audit: "Logboek",
    settings: "Instellingen",
  },
  sections: {
    review: "Ingezonden studies, oudste eerst: accepteren, afwijzen of een vraag stellen.",
    reReview: "Erkenningen waarvan de herbeoordeling verlopen is of binnen 90 dagen komt.",
    interventions: "Interventies bewerken, met hun niveau, erkenning en beoordelingen door andere databanken.",
    clearinghouses: "Buitenlandse databanken, hun schalen en de vertaling naar de gemeenschappelijke schaal.",
    data: "De hele databank exporteren als JSON of CSV, of importeren.",
    users: "Accounts zoeken, rollen toekennen, accounts blokkeren.",
    audit: "Elke wijziging: wie, wat en wanneer.",
    settings: "Instellingen van de redactie, zoals een tweede beoordeling.",
  },
  forbidden: {
    title: "Geen toegang",
    text: "Deze pagina is alleen voor de redactie. Uw account heeft die rol niet.",
    back: "Naar de interventies",
  },
  review: adminReviewNl,
  ratings: adminRatingsNl,
  edit: adminEditNl,
  users: adminUsersNl,
  data: adminDataNl,
  audit: adminAuditNl,
};

export const adminEn: typeof adminNl = {
  title: "Editors",
  intro:
    "Here the editors review submitted research, record levels and recognitions and maintain the databank. Every decision is recorded; decisions on levels and recognition are public.",
  nav: {
    label: "Editors",
    overview: "Overview",
    review: "To review",
    reReview: "Re-review",
    interventions: "Interventions",
    clearinghouses: "Clearinghouses",
    data: "Import and export",
    users: "Users",
    audit: "Audit log",
    settings: "Settings",
  },
  sections: {
    review: "Submitted studies, oldest first: accept, reject or ask a question.",
    reReview: "Recognitions whose re-review date has passed or comes within 90 days.",
    interventions: "Edit interventions, with their level, recognition and ratings by other clearinghouses.",
    clearinghouses: "Foreign clearinghouses, their scales and how they map onto the common scale.",
    data: "Export the whole databank as JSON or CSV, or import it.",
    users: "Find accounts, grant roles, deactivate accounts.",
    audit: "Every change: who, what and when.",
    settings: "Editors' settings, such as a second review.",
  },
  forbidden: {
    title: "No access",
    text: "This page is for the editors only. Your account does not have that role.",
    back: "To the interventions",
  },
  review: adminReviewEn,
  ratings: adminRatingsEn,
  edit: adminEditEn,
  users: adminUsersEn,
  data: adminDataEn,
  audit: adminAuditEn,
};
