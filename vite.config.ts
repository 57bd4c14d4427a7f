import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// frappe-gantt exports its stylesheet only under a "style" condition Vite does not use for JS imports.
const frappeGanttCss = join(dirname(createRequire(import.meta.url).resolve('frappe-gantt')), 'frappe-gantt.css');

// A fingerprint of the rules stored records are validated by: the source of src/domain (where
// every record schema and what it uses lives) and the zod release running them. A workspace
// snapshot records the fingerprint of the build that wrote it; a start by a build with the same
// one need not validate its records again before showing them (see db/workspace-snapshot-row.ts).
// Any change to the domain's code changes it, which costs one slower start after an update.
function recordRulesFingerprint(): string {
  const hash = createHash('sha256').update(JSON.parse(readFileSync(createRequire(import.meta.url).resolve('zod/package.json'), 'utf8')).version);
  const domain = join(import.meta.dirname, 'src', 'domain');
  const files = readdirSync(domain, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts')).sort();
  for (const file of files) hash.update(`\0${file.replaceAll('\\', '/')}\0`).update(readFileSync(join(domain, file)));
  return hash.digest('hex').slice(0, 16);
}

// The built app allows scripts from its own origin only: no inline script, no eval. Styles may be
// inline because React and frappe-gantt set style attributes. Dev mode needs inline scripts, so
// the policy goes into the built page only.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "font-src 'self'",
  "connect-src 'self' ws: wss: http: https:", "worker-src 'self'", "manifest-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
].join('; ');

// The first read of IndexedDB (src/app/first-read.ts) is an entry of its own, listed in the page
// before the app's script and loaded async: the browser runs it as soon as it arrives, while the
// app's code is still being fetched and compiled, so the plans are read about 130 ms sooner at
// 10,000 tasks. As a module of the app's entry it started only once all of that code had arrived.
// The modules it needs are in its chunk: an import of another chunk would wait for that file too.
const FIRST_READ_ENTRY = 'first-read';
const FIRST_READ_MODULES = ['app/first-read', 'db/read-workspace-directly', 'db/journal-keys', 'db/workspace-snapshot-row', 'db/schema-version', 'domain/entities'];
const isFirstReadModule = (id: string) => FIRST_READ_MODULES.some((module) => id.replaceAll('\\', '/').endsWith(`/src/${module}.ts`));

const firstReadScript = (): Plugin => ({
  name: 'opsplan-first-read-script',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html, { bundle }) => {
      const chunk = Object.values(bundle ?? {}).find((output) => output.type === 'chunk' && output.isEntry && output.name === FIRST_READ_ENTRY);
      if (chunk?.type !== 'chunk') throw new Error('the first-read entry was not built');
      if (chunk.imports.length > 0) throw new Error(`the first-read chunk imports ${chunk.imports.join(', ')}: add the modules it needs to FIRST_READ_MODULES`);
      return html.replace('<script type="module" crossorigin', `<script type="module" async crossorigin src="/${chunk.fileName}"></script>\n    <script type="module" crossorigin`);
    },
  },
});

const contentSecurityPolicy = (): Plugin => ({
  name: 'opsplan-csp',
  apply: 'build',
  transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
});

export default defineConfig({
  define: { __OPSPLAN_RECORD_RULES__: JSON.stringify(recordRulesFingerprint()) },
  plugins: [
    react(),
    contentSecurityPolicy(),
    firstReadScript(),
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
    // The app and the lazily loaded database code import the first read's modules from its chunk.
    rollupOptions: {
      input: { index: 'index.html', [FIRST_READ_ENTRY]: 'src/app/first-read.ts' },
      output: { codeSplitting: { groups: [{ name: FIRST_READ_ENTRY, test: isFirstReadModule }] } },
    },
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
