/**
 * What an import reports: either what it wrote, or every problem it found (up to a cap), each naming the
 * record (where it is in the file), the field and the problem, in Dutch and English. Browser-safe types.
 */
import type { Locale } from "../i18n/locale";

export type Text = Record<Locale, string>;
/** `record` says where the record is in the file (a path in the JSON, or a CSV file and row). */
export type ImportIssue = { record: Text; field: string; problem: Text };

/** Problems listed in a report; a file with more says how many there were in all. */
export const MAX_REPORTED_ISSUES = 200;

export type ImportCounts = {
  riskFactors: number;
  outcomeDomains: number;
  deliveryModes: number;
  clearinghouses: number;
  interventions: number;
  targetGroups: number;
  ratingEvents: number;
  externalRatings: number;
  certaintyOverrides: number;
  studies: number;
  effectSizes: number;
  reviewDecisions: number;
};

export type ImportReport =
  { ok: true; counts: ImportCounts } | { ok: false; issues: ImportIssue[]; issueCount: number };

/** Collects issues up to the cap and counts the rest. */
export class IssueList {
  readonly issues: ImportIssue[] = [];
  count = 0;

  add(issue: ImportIssue): void {
    this.count += 1;
    if (this.issues.length < MAX_REPORTED_ISSUES) this.issues.push(issue);
  }

  get isFull(): boolean {
    return this.issues.length >= MAX_REPORTED_ISSUES;
  }

  get isEmpty(): boolean {
    return this.count === 0;
  }

  report(): ImportReport {
    return { ok: false, issues: this.issues, issueCount: this.count };
  }
}

export const text = (en: string, nl: string): Text => ({ en, nl });
