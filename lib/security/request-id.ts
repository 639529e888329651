/**
 * Every request gets an id that its log lines and its answer (X-Request-Id) carry, so one request can be
 * followed through the logs. A load balancer's own id is kept when it looks like one (1–128 characters of
 * letters, digits and - _ . : /); anything else is replaced. Browser-safe: no Node APIs.
 */
const ACCEPTABLE = /^[A-Za-z0-9\-_.:/]{1,128}$/;

export function requestIdFor(incoming: string | null): string {
  return incoming && ACCEPTABLE.test(incoming) ? incoming : crypto.randomUUID();
}
