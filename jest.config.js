/** Unit (*.spec.ts), database (*.int-spec.ts) and HTTP (*.e2e-spec.ts) tests in one run. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const moduleNameMapper = {
  '^@casetrail/(contract|domain|event-store|database|ledger|projections|reporting|synthetic|config|read-models|users|personal-data)$': '<rootDir>/libs/$1/src',
};
const common = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j|mj|cj)s$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@standard-schema)/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper,
  testEnvironment: 'node',
  // A mutation run's copy of the project (npm run mutation) is not a second project to test.
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
};
module.exports = {
  // Starting a database and the service takes seconds on a loaded 2-core machine.
  testTimeout: 30_000,
  // One test file at a time (tests share the machine's one PostgreSQL and two cores), each in a fresh worker
  // process: in one long-lived process every later file ran slower (the live-vs-rebuilt read models test took
  // 46-52 s alone, 100-110 s after 16 e2e files in the same process, and more than 360 s at the end of CI's
  // in-band run); a worker recycled after each file kept it at 46 s and the 17 files ran in 3m46s instead of
  // 4m42s. A limit below any file's heap is jest's way of saying "recycle after every file".
  maxWorkers: 1,
  workerIdleMemoryLimit: '1MB',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,test}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.int-spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
