import { MAX_COMPARE, type CompareTrayLabels } from "./compare-selection";
import { getTextsOnce } from "./texts-once";

/** The compare tray's texts, translated on the server; the title for every possible count. */
export async function getCompareTrayLabels(): Promise<CompareTrayLabels> {
  const t = await getTextsOnce("catalogue");
  return {
    trayByCount: Array.from({ length: MAX_COMPARE }, (_, i) => t("compareTray", { count: i + 1 })),
    go: t("compareGo"),
    clear: t("compareClear"),
    limit: t("compareLimit"),
  };
}
