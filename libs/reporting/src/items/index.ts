export type { CountedItem } from './case-items';
export * from './report-items';
