import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Builds the peers' pages (installed from npm beside the app) for the benchmark, minified like ours.
const here = dirname(fileURLToPath(import.meta.url));
const frappeCss = join(dirname(createRequire(import.meta.url).resolve('frappe-gantt')), 'frappe-gantt.css');

export default defineConfig({
  root: join(here, 'peers'),
  base: './',
  plugins: [react()],
  resolve: { alias: { 'frappe-gantt/style.css': frappeCss } },
  logLevel: 'warn',
  build: {
    outDir: join(here, 'dist-peers'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: Object.fromEntries(['dhtmlx', 'svar', 'frappe', 'dndkit'].map((n) => [n, resolve(here, 'peers', `${n}.html`)])) },
  },
});
