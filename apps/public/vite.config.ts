import { defineConfig } from 'vite';

// The server renders every page; this build is the stylesheet and a small enhancement script.
// The server reads .vite/manifest.json to link them.
export default defineConfig({
  base: '/',
  resolve: { conditions: ['@irr/source'] },
  build: {
    sourcemap: true,
    target: 'es2022',
    manifest: true,
    rollupOptions: { input: { portal: 'src/portal.ts' } },
  },
  server: { proxy: { '/trpc': 'http://127.0.0.1:3000' } },
});
