export * from './reporting-period';
export * from './report-event';
export * from './case-facts';
export * from './government-action';
export * from './government-action-report';
export * from './median';
export * from './victim-records';
export * from './disclosure';
