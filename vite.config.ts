import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// frappe-gantt exports its stylesheet only under a "style" condition Vite does not use for JS imports.
const frappeGanttCss = join(dirname(createRequire(import.meta.url).resolve('frappe-gantt')), 'frappe-gantt.css');

// The built app allows scripts from its own origin only: no inline script, no eval. Styles may be
// inline because React and frappe-gantt set style attributes. Dev mode needs inline scripts, so
// the policy goes into the built page only.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "font-src 'self'",
  "connect-src 'self' ws: wss: http: https:", "worker-src 'self'", "manifest-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
].join('; ');

const contentSecurityPolicy = (): Plugin => ({
  name: 'opsplan-csp',
  apply: 'build',
  transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
});

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    // Precaches the built app so it opens with no network. 'prompt': a new version waits until the
    // user agrees to reload; service workers touch only their caches, never IndexedDB.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Opsplan', short_name: 'Opsplan', description: 'Local-first planning for operations teams', start_url: '/', display: 'standalone',
        background_color: '#f5f6f8', theme_color: '#2563eb', icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: { globPatterns: ['**/*.{js,css,html,svg,woff2}'], globIgnores: ['screenshots/**'], navigateFallback: 'index.html', cleanupOutdatedCaches: true, maximumFileSizeToCacheInBytes: 5 * 1024 * 1024 },
    }),
  ],
  resolve: { alias: { 'frappe-gantt/style.css': frappeGanttCss } },
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: process.env.OPSPLAN_NO_MINIFY ? false : 'oxc',
    // Two small modules the first screen and the lazily loaded database code share: left to
    // themselves they become two chunks of a few hundred bytes, each a request and an import list.
    rollupOptions: { output: { codeSplitting: { groups: [{ name: 'workspace-tables', test: /[\\/]src[\\/](domain[\\/]entities|db[\\/]schema-version)\.ts$/ }] } } },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    restoreMocks: true,
  },
});
