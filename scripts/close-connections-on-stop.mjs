/**
 * Preloaded into each app process by scripts/serve.mjs (node --import). On SIGTERM or SIGINT Next.js stops
 * listening and waits for the requests in flight, but Node's HTTP server goes on serving every further
 * request on a connection that is kept alive: a load balancer that sends request after request on its
 * connection would keep the process serving until the stop's time-out kills it in the middle of requests.
 * From the stop on, every answer closes its connection (Connection: close), so the client sends its next
 * request on a new connection, which is refused, and the process ends once the requests in flight are
 * answered. It uses Node's documented diagnostics channel for HTTP requests, not Next.js's internals.
 */
import diagnostics from "node:diagnostics_channel";

let stopping = false;
/** The answers under way, each with its server. */
const inFlight = new Map();

function closeAfterAnswer(response, server) {
  if (!response.headersSent) {
    response.setHeader("Connection", "close");
  } else {
    // An answer whose headers are out keeps its connection open afterwards: close it once it is idle.
    response.once("finish", () => setImmediate(() => server.closeIdleConnections()));
  }
}

diagnostics.subscribe("http.server.request.start", ({ response, server }) => {
  if (stopping) {
    closeAfterAnswer(response, server);
    return;
  }
  inFlight.set(response, server);
  response.once("close", () => inFlight.delete(response));
});

function stop() {
  if (stopping) return;
  stopping = true;
  for (const [response, server] of inFlight) closeAfterAnswer(response, server);
}

// Next.js handles these signals itself (it closes the server, then exits), unless told not to.
if (!process.env.NEXT_MANUAL_SIG_HANDLE) {
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
