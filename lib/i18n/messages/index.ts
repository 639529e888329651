import type { Locale } from "../locale";
import { en } from "./en";
import { nl, type Messages } from "./nl";

export const messages: Record<Locale, Messages> = { nl, en };

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
