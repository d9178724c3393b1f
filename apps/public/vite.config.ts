import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  plugins: [react()],
  // In-repo packages are read from their src/, so the app never waits for a package build.
  resolve: { conditions: ['@irr/source'] },
  build: { sourcemap: true, target: 'es2022' },
  server: { proxy: { '/trpc': 'http://127.0.0.1:3000' } },
});
