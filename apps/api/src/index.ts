/** The API's public entry: what tests, the bench and other tools may use of it (nothing else under apps/api/src). */
export { createCasetrailApp, type CasetrailApp } from './bootstrap';
export type { Clock } from './clock';
export { JsonLogger } from './logging/json-logger';
export { AUTHENTICATION_FAILURES } from './auth/authentication-failures';
export { csvStream } from './exports/csv/csv-stream';
export { cellOf, valueAt } from './exports/csv/csv-cells';
