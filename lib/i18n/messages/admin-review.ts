/** Texts of the editors' to review pages, Dutch first; admin.ts mounts them under "admin.review". */
export const adminReviewNl = {
  title: "Te beoordelen",
};

export const adminReviewEn: typeof adminReviewNl = {
  title: "To review",
};
