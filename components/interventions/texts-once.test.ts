import { describe, expect, test } from "vitest";
import { createTranslator } from "next-intl";
import { messages } from "@/lib/i18n/messages";
import { formattedOnce, type TextValues } from "./texts-once";

const translator = (locale: "nl" | "en") =>
  createTranslator({ locale, messages: messages[locale], namespace: "headline", timeZone: "Europe/Amsterdam" });

/** A translator that counts its calls. */
function counted(locale: "nl" | "en") {
  const t = translator(locale);
  const calls: string[] = [];
  const translate = (key: "pooled" | "totalN" | "noCi", values?: TextValues) => {
    calls.push(key);
    return t(key, values as never);
  };
  return { translate, calls };
}

describe("texts formatted once per process", () => {
  test("read exactly as next-intl formats them, in both languages and plural forms", () => {
    for (const locale of ["nl", "en"] as const) {
      const t = translator(locale);
      const once = formattedOnce(counted(locale).translate, `${locale}:headline:test-equal`);
      for (const k of [1, 2, 3, 12]) {
        expect(once("pooled", { k })).toBe(t("pooled", { k }));
        expect(once("pooled", { k })).toBe(t("pooled", { k }));
      }
      expect(once("totalN", { n: "1.234" })).toBe(t("totalN", { n: "1.234" }));
      expect(once("noCi")).toBe(t("noCi"));
    }
    expect(formattedOnce(counted("nl").translate, "nl:headline:test-equal")("pooled", { k: 1 })).not.toBe(
      formattedOnce(counted("nl").translate, "nl:headline:test-equal")("pooled", { k: 2 }),
    );
  });

  test("format each message and values once, and keep languages and values apart", () => {
    const nl = counted("nl");
    const en = counted("en");
    const onceNl = formattedOnce(nl.translate, "nl:headline:test-count");
    const onceEn = formattedOnce(en.translate, "en:headline:test-count");
    for (let i = 0; i < 3; i++) {
      onceNl("pooled", { k: 2 });
      onceNl("pooled", { k: 3 });
      onceNl("noCi");
      onceEn("pooled", { k: 2 });
    }
    expect(nl.calls).toEqual(["pooled", "pooled", "noCi"]);
    expect(en.calls).toEqual(["pooled"]);
    expect(onceNl("pooled", { k: 2 })).not.toBe(onceEn("pooled", { k: 2 }));
  });
});
