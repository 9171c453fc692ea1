// Lint gates (npm run lint; CI runs it): typed TypeScript rules that catch lost promises and
// configuration read outside the config modules, and GraphQL rules over every subgraph SDL and every
// SDK operation (validated against the composed API schema).
import { join } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import graphql from '@graphql-eslint/eslint-plugin';
import globals from 'globals';

/** The only modules that may read process.env: each parses it once, with a schema, into a typed config. */
const CONFIG_MODULES = [
  'kit/src/config.ts',
  'test/helpers/env.ts',
  'test/helpers/processes.ts',
  'scripts/**/*.ts',
  'bench/**/*.ts',
  'cli/*/bin/*.js',
  'cli/*/src/config.ts',
  'cli/lib/**/*.ts',
  // They hand PATH/HOME on to the CLI subprocesses they start, nothing else of the parent's environment.
  'test/helpers/run-cli.ts',
  'test/helpers/pty.ts',
];

/** graphql-eslint loads one GraphQL config per process: the composed API schema and the SDK operations. */
const graphQLConfig = {
  schema: join(import.meta.dirname, 'schema/api.graphql'),
  documents: join(import.meta.dirname, 'sdk/operations/*.graphql'),
};

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', 'dist/**', 'data/**', '**/generated/**', 'sdk/dist/**', 'bench/hive/**', 'coverage/**'],
  },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read settings in a config module (kit/src/config.ts and the like), parsed once with zod.',
        },
      ],
      // Federation resolver maps, loaders and ORM rows are typed by codegen; an `any` left is a choice made on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      // A variable a closure reads before its one assignment (a handle made later) cannot be const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // `let x = fallback; try { x = … } catch {}` reads clearer than splitting the fallback out.
      'no-useless-assignment': 'off',
      '@typescript-eslint/no-namespace': 'off',
    },
  },
  {
    files: CONFIG_MODULES,
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [js.configs.recommended],
    languageOptions: {
      sourceType: 'commonjs',
      globals: globals.node,
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module' },
  },
  {
    // Subgraph SDL (federation directives are declared by the kit's shared SDL and the @link import):
    // the rules that read one file alone.
    files: ['subgraphs/*/schema.graphql', 'kit/schema/*.graphql'],
    languageOptions: { parser: graphql.parser, parserOptions: { graphQLConfig } },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      '@graphql-eslint/naming-convention': [
        'error',
        {
          types: 'PascalCase',
          FieldDefinition: 'camelCase',
          InputValueDefinition: 'camelCase',
          Argument: 'camelCase',
          EnumValueDefinition: 'UPPER_CASE',
          'FieldDefinition[parent.name.value=Query]': { forbiddenPrefixes: ['query', 'get'], forbiddenSuffixes: ['Query'] },
          'FieldDefinition[parent.name.value=Mutation]': { forbiddenPrefixes: ['mutation'], forbiddenSuffixes: ['Mutation'] },
          'FieldDefinition[parent.name.value=Subscription]': { forbiddenPrefixes: ['subscription'], forbiddenSuffixes: ['Subscription'] },
        },
      ],
      '@graphql-eslint/no-hashtag-description': 'error',
      '@graphql-eslint/description-style': ['error', { style: 'block' }],
      '@graphql-eslint/no-typename-prefix': 'error',
      '@graphql-eslint/require-deprecation-reason': 'error',
      '@graphql-eslint/no-duplicate-fields': 'error',
    },
  },
  {
    // SDK operations, validated against the composed API schema.
    files: ['sdk/operations/*.graphql'],
    languageOptions: {
      parser: graphql.parser,
      parserOptions: { graphQLConfig },
    },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/operations-recommended'].rules,
      '@graphql-eslint/unique-operation-name': 'error',
      '@graphql-eslint/unique-fragment-name': 'error',
    },
  },
);
