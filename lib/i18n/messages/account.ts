/** Texts of the account pages, Dutch first; nl.ts and en.ts mount them under "account". */
export const accountNl = {
  title: "Account",
};
export const accountEn: typeof accountNl = {
  title: "Account",
};
