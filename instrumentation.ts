/**
 * Runs once when a server process starts (Next.js instrumentation): every log line becomes JSON (lib/log.ts),
 * and a request that fails is logged with its request id, method and route, never with its body or cookies.
 */
import type { Instrumentation } from "next";

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installJsonConsole } = await import("./lib/log");
  installJsonConsole();
  // Settings read on first use are checked now, so a bad value stops the start with its name.
  const { readRateLimitConfig } = await import("./lib/security/rate-limit");
  const { resolveReplicaSettings } = await import("./lib/database/target");
  readRateLimitConfig();
  resolveReplicaSettings();
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("./lib/log");
  const header = request.headers["x-request-id"];
  log.error(
    {
      err: error,
      requestId: Array.isArray(header) ? header[0] : header,
      method: request.method,
      path: request.path.split("?")[0],
      routePath: context.routePath,
      routeType: context.routeType,
    },
    "request failed",
  );
};
