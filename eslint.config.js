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
    // One core, thin surfaces: only the database layer and the knowledge core may touch Prisma.
    files: ['src/**/*.ts'],
    ignores: ['src/db/**', 'src/knowledge/**', 'src/seed/**', 'src/cli/**'],
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
