export * from './figure-paths';
export * from './figure-values';
export * from './changing-events';
export * from './claim-evaluation';
