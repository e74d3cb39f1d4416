/** @casetrail/read-models: each read model's table shapes, projection and query; the list the runner follows. */
export * from './projections';
export * from './caseload/caseload.query';
export * from './court-calendar/court-calendar.known-at';
export * from './court-calendar/court-calendar.query';
export * from './dpp-backlog/dpp-backlog.query';
export * from './government-action/government-action.query';
export * from './government-action/report-checkpoint';
export * from './red-flags/red-flags.query';
export * from './summonses/summonses.query';
export * from './read-model-runner';
