import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'src/generated/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The explorer runs in browsers and reads kubedex only over HTTP: no Node globals, nothing from src/.
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/*', '!./*', '!../*'], message: 'The explorer talks to kubedex through its public GraphQL API only.' }] }],
    },
  },
  {
    // One core, thin surfaces: only the database layer and the knowledge core may touch Prisma.
    files: ['src/**/*.ts'],
    ignores: ['src/db/**', 'src/knowledge/**', 'src/seed/**', 'src/cli/**', 'src/writes/**', 'src/history/**', 'src/auth/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/generated/**', '@prisma/*'], message: 'Surfaces read the knowledge core, never the ORM.' },
          ],
        },
      ],
    },
  },
);
