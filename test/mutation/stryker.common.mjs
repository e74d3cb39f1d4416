/** What both mutation runs share (stryker.config.mjs, test/mutation/stryker.scope.config.mjs). */
export const common = {
  testRunner: 'jest',
  // PGlite is an ES module, loaded as `npm test` loads it.
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  // A refusal's message and a log line's wording are not rules: their text is not mutated.
  mutator: { excludedMutations: ['StringLiteral'] },
  ignorePatterns: ['/docs', '/bench', '/apps/web', '/test/browser', '/test/web', '/test/deployment', '/docker', '/reports', '/dist', '/data', '/data-*', '/coverage'],
  incremental: true,
  // event-recorder: each mutant's result written as it is tested, so a run stopped early still tells (test/mutation/partial.mjs).
  reporters: ['clear-text', 'progress', 'json', 'event-recorder'],
  // Two cores shared by several engineers: one mutant at a time unless told (`--concurrency 2` on a quiet machine).
  concurrency: 1,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 85, break: null },
};

/** An area's config: the shared options, its jest config (test/mutation/jest.<name>.config.js) and its reports under reports/mutation/<name>*. */
export const area = (name, options) => ({
  ...common,
  jest: { configFile: `test/mutation/jest.${name}.config.js`, enableFindRelatedTests: false },
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  eventReporter: { baseDir: `reports/mutation/${name}-events` },
  ...options,
});
