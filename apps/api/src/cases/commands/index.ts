import { COURT_HANDLERS } from './court.handlers';
import { INTAKE_HANDLERS } from './intake.handlers';
import { INTEGRITY_HANDLERS } from './integrity.handlers';
import { INVESTIGATION_HANDLERS } from './investigation.handlers';
import { PROSECUTION_HANDLERS } from './prosecution.handlers';

export * from './court.commands';
export * from './intake.commands';
export * from './integrity.commands';
export * from './investigation.commands';
export * from './prosecution.commands';

/** One handler per routed command. */
export const CASE_COMMAND_HANDLERS = [
  ...INTAKE_HANDLERS, ...INVESTIGATION_HANDLERS, ...PROSECUTION_HANDLERS, ...COURT_HANDLERS, ...INTEGRITY_HANDLERS,
];
