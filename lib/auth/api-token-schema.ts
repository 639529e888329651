/** The API-token form: one schema for the page's form and its server action. Browser-safe. */
import { z } from "zod";
import { storableString } from "../api/input-bounds";

export const API_TOKEN_NAME_MAX = 100;

export const apiTokenFormSchema = z.strictObject({
  name: storableString().trim().min(1).max(API_TOKEN_NAME_MAX),
});
export type ApiTokenForm = z.infer<typeof apiTokenFormSchema>;

/** The form's one state shape; a created token is in the answer once and nowhere else. */
export type ApiTokenActionState =
  | { ok: true; token: string; name: string }
  | { ok: false; fieldErrors: Record<string, string[]>; formError?: string }
  | null;
