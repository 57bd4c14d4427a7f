import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// frappe-gantt exports its stylesheet only under a "style" condition Vite does not use for JS imports.
const frappeGanttCss = join(dirname(createRequire(import.meta.url).resolve('frappe-gantt')), 'frappe-gantt.css');

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { 'frappe-gantt/style.css': frappeGanttCss } },
  build: { target: 'es2022', sourcemap: true, minify: process.env.OPSPLAN_NO_MINIFY ? false : 'oxc' },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    restoreMocks: true,
  },
});
