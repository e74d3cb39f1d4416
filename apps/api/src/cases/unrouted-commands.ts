import type { CaseCommandType } from '@casetrail/domain';

/**
 * Domain commands decided and tested in libs/domain that no HTTP route sends yet (issue #15 routes them).
 * A command that gets its route leaves this list; unrouted-commands.spec.ts holds the two in step.
 */
export const UNROUTED_COMMANDS: readonly CaseCommandType[] = [
  'RecordProtectionService', 'RecordVictimRepatriation', 'RecordVictimCooperation', 'AllegeOfficialComplicity',
  'GrantBail', 'ReportDocketMissing', 'ReconstructDocket', 'RecordAppearance', 'AdjournHearing', 'ReferForSentence',
  'AttachEvidence',
];
