/**
 * The typed error every data-access function throws when it refuses: routes and server actions map it to
 * an HTTP status or a form state in one place (lib/api/http.ts, appErrorResponse). Browser-safe.
 */
export const APP_ERROR_STATUS = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 400,
  /** The database cannot take the change (or serve the read) right now: see lib/database/unavailable.ts. */
  UNAVAILABLE: 503,
} as const;
export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

/** One problem with one field, named by its path in the submitted object ("outcomes.1.n2"). */
export type FieldIssue = { path: string; message: string };

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly issues: FieldIssue[];

  constructor(code: AppErrorCode, message: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.issues = issues;
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }
}

/**
 * By shape as well as by class: Next.js bundles server code into more than one layer, each with its own copy
 * of this module, while the database client (lib/db.ts) is shared by all of them, so an AppError thrown
 * by the data layer may come from another copy of this class.
 */
export function isAppError(error: unknown): error is AppError {
  if (error instanceof AppError) return true;
  if (!(error instanceof Error) || error.name !== "AppError") return false;
  const { code, issues } = error as Partial<AppError>;
  return typeof code === "string" && Object.hasOwn(APP_ERROR_STATUS, code) && Array.isArray(issues);
}

/** Issues grouped by field, the shape every form's state carries (`fieldErrors`). */
export function fieldErrorsFrom(issues: FieldIssue[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const { path, message } of issues) (errors[path] ??= []).push(message);
  return errors;
}
