/** The proxy's settings from the environment, read once per process (proxy.ts). */
import { maxQueryStringBytes } from "./query-limit";

export type ProxySettings = {
  /** next dev rather than a production build (see PagePolicyOptions.development). */
  development: boolean;
  maxQueryStringBytes: number;
};

export function readProxySettings(env: Record<string, string | undefined> = process.env): ProxySettings {
  return { development: env.NODE_ENV === "development", maxQueryStringBytes: maxQueryStringBytes(env) };
}
