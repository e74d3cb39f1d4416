export * from './random';
export * from './case-story';
export * from './synthetic-cases';
export * from './load-synthetic-cases';
export * from './synthetic-history';
