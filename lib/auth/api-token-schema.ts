/** The API-token form: one schema for the page's form and its server action. Browser-safe. */
import { z } from "zod";
import { isStorableText, UNSTORABLE_TEXT } from "../api/input-bounds";

export const API_TOKEN_NAME_MAX = 100;

export const apiTokenFormSchema = z.strictObject({
  name: z.string().trim().min(1).max(API_TOKEN_NAME_MAX).refine(isStorableText, UNSTORABLE_TEXT),
});
export type ApiTokenForm = z.infer<typeof apiTokenFormSchema>;

/** The form's one state shape; a created token is in the answer once and nowhere else. */
export type ApiTokenActionState =
  | { ok: true; token: string; name: string }
  | { ok: false; fieldErrors: Record<string, string[]>; formError?: string }
  | null;
