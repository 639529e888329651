/** Texts of the editors' audit log page, Dutch first; admin.ts mounts them under "admin.audit". */
export const adminAuditNl = {
  title: "Logboek",
};

export const adminAuditEn: typeof adminAuditNl = {
  title: "Audit log",
};
