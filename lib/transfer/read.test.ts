/**
 * Reading a catalogue file before validation: cells become the values the schema expects (or stay text, so the
 * schema can say what it expected), and every problem is placed where the user finds it in the file.
 */
import { describe, expect, test } from "vitest";
import { strToU8, zipSync } from "fflate";
import { fromCell, toCell } from "./csv-layout";
import { formatOfFileName, readCatalogueFile } from "./read";

describe("cells", () => {
  test("read back what was written, numbers to the last digit", () => {
    const cases = [
      [0.21601569613451432, "number"],
      [-3, "int"],
      [true, "bool"],
      [["poverty", "teenage-parents"], "list"],
      [{ m1: 11.25, sd1: 3, n1: 50 }, "json"],
      ['Tekst, met "aanhalingstekens"', "text"],
    ] as const;
    for (const [value, type] of cases) expect(fromCell(toCell(value, type), type)).toEqual(value);
    expect(fromCell("", "text")).toBeNull();
    expect(fromCell("", "list")).toEqual([]);
  });

  test("a cell that is not its type stays text, for the schema to name", () => {
    expect(fromCell("zero", "int")).toBe("zero");
    expect(fromCell("1.5", "int")).toBe("1.5");
    expect(fromCell("yes", "bool")).toBe("yes");
    expect(fromCell("{broken", "json")).toBe("{broken");
  });
});

describe("the file", () => {
  test("its format follows the extension", () => {
    expect(formatOfFileName("Catalogus.JSON")).toBe("json");
    expect(formatOfFileName("export.zip")).toBe("csv-zip");
    expect(formatOfFileName("export.xlsx")).toBeNull();
  });

  test("JSON that does not parse is one problem with the file", () => {
    const read = readCatalogueFile(strToU8("{ nope"), "json");
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.issues.issues).toEqual([expect.objectContaining({ record: { en: "(file)", nl: "(bestand)" } })]);
  });

  test("a JSON path names the record by its slug or key and the field after it", () => {
    const read = readCatalogueFile(
      strToU8(JSON.stringify({ interventions: [{ slug: "abc", studies: [{ key: "k1", effectSizes: [{}] }] }] })),
      "json",
    );
    if (!read.ok) throw new Error("expected a readable file");
    expect(read.locate(["interventions", 0, "studies", 0, "effectSizes", 0, "yi"])).toEqual({
      record: {
        en: 'interventions[0] "abc" › studies[0] (k1) › effectSizes[0]',
        nl: 'interventions[0] "abc" › studies[0] (k1) › effectSizes[0]',
      },
      field: "yi",
    });
    expect(read.locate(["format"])).toEqual({ record: { en: "(file)", nl: "(bestand)" }, field: "format" });
  });

  test("a zip is assembled into nested records, and a path is placed at its file and row", () => {
    const csv = (lines: string[]) => strToU8(lines.join("\r\n"));
    const zip = zipSync({
      "manifest.json": strToU8(JSON.stringify({ format: "effectwijzer-catalogue", version: 1 })),
      "studies.csv": csv([
        "id,intervention,key,status,citation,doi,url,year,design,country,sampleSize,studiesCount,randomisedShare,followUpMonths,riskOfBias,riskOfBiasTool,riskOfBiasDomains,summary,isVerified,isDemo,submittedAt,reviewedAt,reviewerName,reviewReason",
        "s1,,ctx-1,accepted,A context study,,,2020,meta-analysis,,,12,,,not-assessed,,,,true,false,,,,",
      ]),
      "effect-sizes.csv": csv([
        "study,outcome,measure,inputForm,inputs,yi,vi,reportedEstimate,reportedCiLower,reportedCiUpper,reportedText,sampleSize,higherIsBetter,outcomeLabel,timepointMonths,subgroup,sourceUrl,isVerified,note",
        's1,parental-sensitivity,SMD,reported,"{""estimate"":0.3}",,,0.3,,,g = 0.3,,true,,,,,true,',
        "s9,parental-sensitivity,SMD,reported,{},,,,,,,,true,,,,,true,",
      ]),
    });
    const read = readCatalogueFile(zip, "csv-zip");
    expect(read.ok).toBe(false);
    if (read.ok) return;
    // The effect size of an unknown study is named by its row (the header is row 1).
    expect(read.issues.issues).toEqual([
      {
        record: { en: "effect-sizes.csv row 3", nl: "effect-sizes.csv regel 3" },
        field: "study",
        problem: { en: 'No row with id "s9" in studies.csv', nl: 'Geen regel met id "s9" in studies.csv' },
      },
    ]);
  });
});
