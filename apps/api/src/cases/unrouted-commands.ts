import type { CaseCommandType } from '@casetrail/domain';

/**
 * Domain commands decided and tested in libs/domain that no HTTP route sends yet: none since issue #15.
 * A new domain command waits here until it has its route; unrouted-commands.spec.ts holds the two in step.
 */
export const UNROUTED_COMMANDS: readonly CaseCommandType[] = [];
