/** Texts of the editors' level and recognition pages, Dutch first; admin.ts mounts them under "admin.ratings". */
export const adminRatingsNl = {
  title: "Niveau en erkenning",
};

export const adminRatingsEn: typeof adminRatingsNl = {
  title: "Level and recognition",
};
