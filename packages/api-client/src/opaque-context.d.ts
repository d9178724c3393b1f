/**
 * The server's per-request context (its database handle, the signed-in person, the clock and the rate
 * limiter), as the bundled declarations give it: opaque. rollup.config.js puts this module in place
 * of the API's own context.ts, so the published types name no database library nor workspace-only
 * package. A tRPC client never reads the context: it only sits in the router's configuration.
 */
export interface Context {
  readonly serverContextIsOpaqueToClients: never;
}
