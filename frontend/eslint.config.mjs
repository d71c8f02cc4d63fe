// Lint of frontend/src (issue 19): ESLint's and typescript-eslint's recommended rules, type-aware. The packages
// live in frontend/tools (not beside Vaadin's own node_modules, so the app's bundle never sees a second Lit);
// this file sits here because ESLint lints only files below its config.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const tools = createRequire(new URL('./tools/package.json', import.meta.url));
const load = async (name) => import(pathToFileURL(tools.resolve(name)).href);

const js = (await load('@eslint/js')).default;
const tseslint = (await load('typescript-eslint')).default;
const { defineConfig } = await load('eslint/config');

export default defineConfig([
  {
    files: ['src/**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { project: './tools/tsconfig.json', tsconfigRootDir: import.meta.dirname },
    },
  },
]);
