/**
 * The one state shape of the ratings and crosswalk forms (useActionState): errors per field, or one for the
 * whole form, or a notice; what was typed, so a refused form keeps it; and a stamp that changes with every
 * answer, so the form is drawn afresh from it. Browser-safe.
 */
export type RatingsFormState = {
  ok: boolean;
  fieldErrors: Record<string, string[]>;
  formError?: string;
  notice?: string;
  values?: Record<string, string>;
  stamp: number;
} | null;
