import { fileURLToPath } from 'node:url';
import { dts } from 'rollup-plugin-dts';

// dist/index.d.ts: one declaration file for the router type and the client. The API's procedure types
// (packages/api, which is not published) are inlined; the npm packages they name stay imports
// (@trpc/server, @trpc/client, @irr/domain). The API's context module, whose `Context` names the
// database handle, is replaced by src/opaque-context.d.ts (see the README).
const API_SOURCE = fileURLToPath(new URL('../api/src/', import.meta.url));
const OPAQUE_CONTEXT = fileURLToPath(new URL('./src/opaque-context.d.ts', import.meta.url));
const PUBLISHED = ['@trpc/client', '@trpc/server', '@irr/domain'];
const published = (id) => PUBLISHED.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * `@irr/api` as the module that defines the router, by its real path (through node_modules its own
 * imports look unportable to TypeScript); its context module swapped for the opaque one; and any other
 * package or file outside the API a procedure's type would name refused, as the published declarations
 * could not name it (the npm packages above excepted).
 * @type {import('rollup').Plugin}
 */
const apiRouterSource = {
  name: 'irr-api-router-source',
  async resolveId(source, importer, options) {
    if (source === '@irr/api') return `${API_SOURCE}root.ts`;
    if (!importer?.startsWith(API_SOURCE) || published(source)) return null;
    if (!source.startsWith('.')) {
      this.error(
        `${importer} names ${source} in a type the router's declarations need: only ${PUBLISHED.join(', ')} can be named in @irr/api-client's published types.`,
      );
    }
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    if (resolved && !resolved.id.startsWith(API_SOURCE)) {
      this.error(
        `${importer} names ${resolved.id}, outside the API's source, in a type the router needs.`,
      );
    }
    return resolved?.id === `${API_SOURCE}context.ts` ? OPAQUE_CONTEXT : resolved;
  },
};

/** @type {import('rollup').RollupOptions} */
export default {
  input: 'src/index.ts',
  output: { file: 'dist/index.d.ts', format: 'es' },
  external: published,
  plugins: [apiRouterSource, dts({ respectExternal: true, tsconfig: 'tsconfig.build.json' })],
};
