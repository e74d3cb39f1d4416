/** @casetrail/read-models: each read model's projection, table shapes and query; the list the runner follows. */
export * from './projections';
export * from './summonses/summonses.query';
export * from './government-action/government-action.cache';
