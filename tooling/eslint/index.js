import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The shared lint config. A package's eslint.config.js is `export default base(import.meta.dirname)`.
 * Type-aware rules catch floating promises and unsafe `any`, which matter most in the server.
 */
export function base(tsconfigRootDir, extra = []) {
  return tseslint.config(
    { ignores: ['dist/**', 'coverage/**', '**/*.config.*', 'eslint.config.js'] },
    js.configs.recommended,
    ...tseslint.configs.recommendedTypeChecked,
    {
      languageOptions: {
        parserOptions: { projectService: true, tsconfigRootDir },
      },
      rules: {
        '@typescript-eslint/consistent-type-imports': 'error',
        '@typescript-eslint/no-unused-vars': [
          'error',
          { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
        ],
        eqeqeq: ['error', 'always'],
        'no-console': 'off',
        // TypeScript (with checkJs for .js files) already reports undefined names, and knows Node's globals.
        'no-undef': 'off',
      },
    },
    ...extra,
  );
}

/**
 * For packages above the database layer: SQL lives in @irr/db (repositories and read models), so
 * their source may not build queries itself. Tests and test support may set up state directly.
 */
export const noSqlOutsideDb = {
  files: ['src/**/*.ts'],
  ignores: ['src/**/*.test.ts', 'src/test-support/**', 'src/**/test-server.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          {
            name: 'drizzle-orm',
            message: 'SQL lives in @irr/db: add a repository or read-model function there.',
          },
          {
            name: '@irr/db',
            importNames: ['schema'],
            message: 'SQL lives in @irr/db: add a repository or read-model function there.',
          },
        ],
        patterns: [{ group: ['drizzle-orm/*'], message: 'SQL lives in @irr/db.' }],
      },
    ],
  },
};
