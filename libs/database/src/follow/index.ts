export * from './batch-outcome';
export * from './follow-loop';
export * from './stall';
export * from './one-at-a-time';
