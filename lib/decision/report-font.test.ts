/**
 * The font embedded in the report PDFs (public/fonts/dejavu, registered by components/decision/report-pdf.tsx)
 * has a glyph for every character the reports can print: all texts of the decision aid, costs and report in
 * both languages, the level, recognition, certainty and Health Council words, and the symbols (−, ≥, τ², €,
 * ë, ✓, •, —, ·, …).
 */
import { describe, expect, test } from "vitest";
import { Font } from "@react-pdf/renderer";
import { messages } from "../i18n/messages";
import { CERTAINTY_WORDS } from "../evidence/certainty";
import { REPORT_FONT, registerReportFont } from "@/components/decision/report-pdf";

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("the report font", () => {
  const printed = (["nl", "en"] as const).flatMap((locale) => {
    const m = messages[locale];
    return strings([
      m.decision,
      m.levels,
      m.recognition,
      m.adviceGroups,
      m.prevention,
      m.availability,
      m.headline,
      m.age,
      m.targetGroup,
      m.app.demo,
      m.app.unverified,
      CERTAINTY_WORDS,
    ]);
  });
  const symbols = "−≥≤τ²€£ëéïüöá✓•—–·…‘’×≈Φ√";
  const characters = [...new Set([...printed.join(""), ...symbols])].filter((c) => c.trim() !== "");

  for (const fontWeight of [400, 700]) {
    test(`weight ${fontWeight} has every glyph`, async () => {
      registerReportFont();
      const source = Font.getFont({ fontFamily: REPORT_FONT, fontWeight });
      await source.load();
      const font = source.data!;
      expect(characters.filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!))).toEqual([]);
      // A character outside the font is reported: CJK is not in DejaVu Sans.
      expect(font.hasGlyphForCodePoint("中".codePointAt(0)!)).toBe(false);
    });
  }
});
