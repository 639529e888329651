/** Texts of the researcher pages, Dutch first; nl.ts and en.ts mount them under "researcher". */
export const researcherNl = {
  title: "Mijn inzendingen",
};
export const researcherEn: typeof researcherNl = {
  title: "My submissions",
};
