import type { createCaller } from '@irr/api';

/** What the `public` procedures return (called in-process by the server as an anonymous caller). */
type PublicApi = ReturnType<typeof createCaller>['public'];
export type Out<K extends keyof PublicApi> = PublicApi[K] extends (
  ...args: never[]
) => Promise<infer R>
  ? R
  : never;

/** The built stylesheet and enhancement script, from Vite's manifest (read by the server). */
export interface PortalAssets {
  css: string[];
  script: string | null;
}
