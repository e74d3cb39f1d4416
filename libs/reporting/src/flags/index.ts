export * from './red-flag';
export { REPEATED_ADJOURNMENTS } from './event-flags';
export { COMPLICITY_DAYS_ALLOWED, DPP_DAYS_ALLOWED } from './state-flags';
export * from './case-flags';
export * from './as-of';
export * from './fold';
