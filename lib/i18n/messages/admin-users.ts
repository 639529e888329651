/** Texts of the editors' users pages, Dutch first; admin.ts mounts them under "admin.users". */
export const adminUsersNl = {
  title: "Gebruikers",
};

export const adminUsersEn: typeof adminUsersNl = {
  title: "Users",
};
