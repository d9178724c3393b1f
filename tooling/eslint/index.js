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
