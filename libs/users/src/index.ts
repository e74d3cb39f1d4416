/** @casetrail/users: who may call the service, and their tokens (only hashes are stored). No Nest. */
export * from './user';
export * from './token';
export * from './users.repository';
export * from './users-list';
export * from './user-events';
