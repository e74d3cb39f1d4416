/** @casetrail/read-models: each read model's table shapes, projection and query; the list the runner follows. */
export * from './projections';
export * from './case-list/case-list.query';
export * from './case-list/case-list.sort';
export * from './case-list/cases-at';
export { caseListRow, keptForList } from './case-list/case-list.projection';
export type { CaseListRow } from './case-list/case-list.tables';
export type { CaseAt, ListedCase, ListMoment } from './case-list/listed-case';
export * from './caseload/caseload.query';
export * from './caseload/caseload-measures.query';
export * from './court-calendar/court-calendar.query';
export * from './court-calendar/court-calendar.known-at';
export * from './claims/claims.query';
export * from './dpp-backlog/backlog-at.query';
export * from './government-action/government-action.query';
export * from './government-action/report-checkpoint';
export * from './red-flags/red-flags.query';
export * from './summonses/summonses-at.query';
export * from './read-model-runner';
