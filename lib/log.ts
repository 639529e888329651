/**
 * Structured logs: one JSON object per line on stdout (pino), with the time, level, process and, inside a
 * request, the request's id (the X-Request-Id that proxy.ts gives every request, or the load balancer's).
 *
 * installJsonConsole() (called from instrumentation.ts when a server process starts) turns console output —
 * ours and Next.js's own — into such lines too, so a log collector gets nothing but JSON.
 *
 * No personal data: e-mail addresses in messages are replaced by "[e-mail]", and fields that could hold
 * personal or secret data (e-mail, password, token, cookie, authorization) are redacted wherever they occur.
 */
import { format } from "node:util";
import pino, { type Logger } from "pino";

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const REDACTED_KEYS = ["email", "password", "token", "cookie", "authorization", "secret", "tokenHash"];

/** A message without e-mail addresses. */
export function scrub(message: string): string {
  return message.replace(EMAIL, "[e-mail]");
}

export function createLogger(destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level: process.env.LOG_LEVEL?.trim() || "info",
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: {
        paths: REDACTED_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
        censor: "[redacted]",
      },
      hooks: {
        // The message itself: scrubbed whatever called the logger.
        logMethod(args, method) {
          const scrubbed = args.map((arg) => (typeof arg === "string" ? scrub(arg) : arg)) as typeof args;
          return method.apply(this, scrubbed);
        },
      },
      serializers: {
        err: (error: unknown) => {
          const serialised = pino.stdSerializers.err(error as Error);
          return { ...serialised, message: scrub(serialised.message ?? ""), stack: scrub(serialised.stack ?? "") };
        },
      },
    },
    destination,
  );
}

const holder = globalThis as unknown as { effectwijzerLogger?: Logger };
export const log: Logger = (holder.effectwijzerLogger ??= createLogger());

/** The log of the current request (with its id) in a server component, route handler or action. */
export async function requestLog(): Promise<Logger> {
  try {
    const { headers } = await import("next/headers");
    const id = (await headers()).get("x-request-id");
    return id ? log.child({ requestId: id }) : log;
  } catch {
    return log; // not in a request (a background job, a script)
  }
}

type ConsoleMethod = "log" | "info" | "warn" | "error" | "debug";
const LEVEL_OF: Record<ConsoleMethod, "info" | "warn" | "error" | "debug"> = {
  log: "info",
  info: "info",
  warn: "warn",
  error: "error",
  debug: "debug",
};

/** Turns console.* into JSON log lines (once per process). Errors among the arguments keep their stacks. */
export function installJsonConsole(logger: Logger = log): void {
  const marker = Symbol.for("effectwijzer.jsonConsole");
  const target = console as unknown as Record<symbol, boolean>;
  if (target[marker]) return;
  target[marker] = true;
  for (const method of Object.keys(LEVEL_OF) as ConsoleMethod[]) {
    const level = LEVEL_OF[method];
    console[method] = (...args: unknown[]) => {
      const error = args.find((arg): arg is Error => arg instanceof Error);
      const message = format(...args.map((arg) => (arg instanceof Error ? arg.message : arg)));
      if (error) logger[level]({ err: error }, message);
      else logger[level](message);
    };
  }
}
