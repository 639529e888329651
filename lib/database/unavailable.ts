/**
 * Telling a database that cannot be reached (stopped, restarting, unreachable, or a replica refusing a
 * write) from every other failure, so that it is answered with 503 and a clear message instead of a 500.
 */
import { AppError, isAppError } from "../errors";

/** Node's socket errors and PostgreSQL's connection-exception class (08), shutdown and recovery codes. */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "EAI_AGAIN",
]);
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "25006", "53300"]);
/** Prisma's own codes for a server it cannot reach or that closed the connection. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017"]);
const MESSAGES = [
  /connection terminated/i,
  /terminating connection/i,
  /timeout exceeded when trying to connect/i,
  /connection (is )?(closed|refused|reset)/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /server closed the connection unexpectedly/i,
  /Client has encountered a connection error/i,
  /cannot execute \w+ in a read-only transaction/i,
];

function codesOf(error: object): unknown[] {
  const e = error as Record<string, unknown>;
  const meta = (e.meta ?? {}) as Record<string, unknown>;
  const adapterCause = ((meta.driverAdapterError as Record<string, unknown> | undefined)?.cause ?? {}) as Record<
    string,
    unknown
  >;
  return [e.code, e.originalCode, meta.code, adapterCause.code, adapterCause.originalCode, adapterCause.kind];
}

/** Whether `error` (or anything in its cause chain) says the database could not be reached. */
export function isDatabaseUnreachable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && typeof current === "object" && depth < 6; depth++) {
    if (isAppError(current)) return current.code === "UNAVAILABLE";
    for (const code of codesOf(current)) {
      if (typeof code !== "string") continue;
      if (NETWORK_CODES.has(code) || SQLSTATES.has(code) || PRISMA_CODES.has(code) || code.startsWith("08"))
        return true;
      if (code === "DatabaseNotReachable" || code === "ConnectionClosed" || code === "SocketTimeout") return true;
    }
    const message = (current as { message?: unknown }).message;
    if (typeof message === "string" && MESSAGES.some((pattern) => pattern.test(message))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** What a write, or a read nobody can serve, answers while the database cannot be reached. */
export const WRITES_PAUSED_MESSAGE =
  "Wijzigingen zijn tijdelijk niet mogelijk: de databank is even niet bereikbaar. Probeer het over een paar minuten opnieuw. " +
  "(Changes are paused: the database cannot be reached right now. Please try again in a few minutes.)";
export const DATABASE_DOWN_MESSAGE =
  "De databank is even niet bereikbaar. Probeer het over een paar minuten opnieuw. " +
  "(The database cannot be reached right now. Please try again in a few minutes.)";

export function writesPaused(cause?: unknown): AppError {
  const error = new AppError("UNAVAILABLE", WRITES_PAUSED_MESSAGE);
  if (cause !== undefined) (error as { cause?: unknown }).cause = cause;
  return error;
}

export function databaseDown(cause?: unknown): AppError {
  const error = new AppError("UNAVAILABLE", DATABASE_DOWN_MESSAGE);
  if (cause !== undefined) (error as { cause?: unknown }).cause = cause;
  return error;
}

/**
 * A write that only keeps books (a token's last use, a session's renewal): while the database cannot take
 * writes it is skipped, not failed, so the request it belongs to is still served.
 */
export async function bookkeeping(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!isDatabaseUnreachable(error)) throw error;
  }
}
