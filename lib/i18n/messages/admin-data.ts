/** Texts of the editors' import and export pages, Dutch first; admin.ts mounts them under "admin.data". */
export const adminDataNl = {
  title: "Import en export",
};

export const adminDataEn: typeof adminDataNl = {
  title: "Import and export",
};
