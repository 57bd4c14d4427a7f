import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The rooms of ARCHITECTURE.md, enforced: each entry names the imports a folder may not use.
const forbid = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message: 'Outside this room (see ARCHITECTURE.md).' }] }],
});
const react = ['react', 'react-dom', 'react-dom/*', 'react-i18next'];
const libs = { dexie: ['dexie', 'dexie-*'], zustand: ['zustand', 'zustand/*'], dnd: ['@dnd-kit/*'], gantt: ['frappe-gantt', 'frappe-gantt/*'], sync: ['yjs', '@hocuspocus/*'] };
// '../x' from inside a feature is another feature: features never import each other.
const features = ['**/features/*'];
const siblingFeature = '../[a-z]*';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'bench/.out', 'bench/dist-peers'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // We do not run the React Compiler; this rule only reports what it would skip.
      'react-hooks/incompatible-library': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "MemberExpression[property.name='innerHTML']", message: 'User text is never written as HTML.' }],
    },
  },
  { files: ['src/domain/**'], rules: forbid(...libs.sync, ...react, ...libs.dexie, ...libs.zustand, ...libs.dnd, ...libs.gantt, '**/db/*', '**/store/*', '**/persistence/*', ...features, '**/ui/*', '**/i18n/*', '**/app/*') },
  { files: ['src/db/**'], rules: forbid(...libs.sync, ...react, ...libs.zustand, ...libs.dnd, ...libs.gantt, '**/store/*', '**/persistence/*', ...features, '**/ui/*', '**/app/*') },
  { files: ['src/store/**'], rules: forbid(...libs.sync, ...react, ...libs.dexie, ...libs.dnd, ...libs.gantt, '**/db/*', '**/persistence/*', ...features, '**/ui/*', '**/app/*') },
  { files: ['src/persistence/**'], rules: forbid(...libs.sync, ...react, ...libs.dnd, ...libs.gantt, ...libs.dexie, ...features, '**/ui/*', '**/app/*') },
  { files: ['src/ui/**'], rules: forbid(...libs.sync, ...libs.dexie, ...libs.zustand, ...libs.dnd, ...libs.gantt, '**/db/*', '**/store/*', '**/persistence/*', ...features, '**/app/*') },
  { files: ['src/features/**'], rules: forbid(...libs.sync, ...libs.dexie, ...libs.zustand, '**/db/*', '**/persistence/*', '**/app/*') },
  // Sync is a subscriber of the store like persistence; only it speaks Yjs on the client.
  { files: ['src/sync/**'], rules: forbid(...react, ...libs.dexie, ...libs.dnd, ...libs.gantt, '**/db/*', ...features, '**/ui/*', '**/app/*') },
  // The sync server runs in Node: it shares nothing with the app but the record schemas and ids.
  { files: ['src/server/**'], rules: forbid(...react, ...libs.dexie, ...libs.zustand, ...libs.dnd, ...libs.gantt, '@hocuspocus/provider', '**/db/*', '**/store/*', '**/persistence/*', '**/sync/*', ...features, '**/ui/*', '**/app/*') },
  // Each feature is its own room: dnd-kit lives only on the board, frappe-gantt only in the timeline wrapper.
  { files: ['src/features/!(board)/**'], rules: forbid(...libs.sync, ...libs.dexie, ...libs.zustand, ...libs.dnd, '**/db/*', '**/persistence/*', '**/app/*', siblingFeature) },
  { files: ['src/features/board/**'], rules: forbid(...libs.sync, ...libs.dexie, ...libs.zustand, ...libs.gantt, '**/db/*', '**/persistence/*', '**/app/*', siblingFeature) },
);
