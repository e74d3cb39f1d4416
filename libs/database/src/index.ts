export * from './database';
export * from './embedded';
export * from './migrate';
export * from './open-database';
export * from './session-guards';
export * from './transaction';
export * from './private-folder';
export * from './follow';
