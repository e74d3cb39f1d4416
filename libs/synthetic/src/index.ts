export * from './random';
export * from './case-story';
export * from './load-synthetic-cases';
