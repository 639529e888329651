/** Texts of the editors' edit interventions pages, Dutch first; admin.ts mounts them under "admin.edit". */
export const adminEditNl = {
  title: "Interventies bewerken",
};

export const adminEditEn: typeof adminEditNl = {
  title: "Edit interventions",
};
