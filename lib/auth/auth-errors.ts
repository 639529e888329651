/** better-auth's refusals as keys of the account texts (account.errors.*), so forms speak the page's language. */
import { isAPIError } from "better-auth/api";

export type AuthErrorKey =
  | "invalidCredentials"
  | "disabled"
  | "emailTaken"
  | "wrongCurrentPassword"
  | "invalidToken"
  | "tooManyAttempts"
  | "unexpected";

const BY_CODE: Record<string, AuthErrorKey> = {
  INVALID_EMAIL_OR_PASSWORD: "invalidCredentials",
  CREDENTIAL_ACCOUNT_NOT_FOUND: "invalidCredentials",
  ACCOUNT_DISABLED: "disabled",
  USER_ALREADY_EXISTS: "emailTaken",
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: "emailTaken",
  INVALID_PASSWORD: "wrongCurrentPassword",
  INVALID_TOKEN: "invalidToken",
};

export function authErrorKey(error: unknown): AuthErrorKey {
  if (!isAPIError(error)) return "unexpected";
  const code = (error.body as { code?: string } | undefined)?.code;
  if (code && code in BY_CODE) return BY_CODE[code];
  if (error.statusCode === 429) return "tooManyAttempts";
  return "unexpected";
}
