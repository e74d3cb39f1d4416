export * from './claim-events';
export * from './claim-codec';
export * from './make-claim';
