/**
 * The one state shape of the shortlist, saved-search and feed forms (their server actions return it):
 * field errors beside their fields, a form error above, a confirmation, and a secret shown once (a new feed
 * address). Browser-safe.
 */
export type AlertsActionState = {
  ok: boolean;
  fieldErrors: Record<string, string[]>;
  formError?: string;
  message?: string;
  /** Shown once and never stored in the page (a feed address with its token). */
  secret?: string;
};

export const initialAlertsState: AlertsActionState = { ok: false, fieldErrors: {} };
