import { AnnouncedCommits1732800000002, EventNotifications1732800000001, EventStore1732800000000 } from '@casetrail/event-store';
import { LEDGER_MIGRATIONS } from '@casetrail/ledger';
import { ProjectionGenerations1732800000200 } from '@casetrail/projections';
import { AccessAndPersonalData1732800000100 } from './1732800000100-access-and-personal-data';
import { TokenLifecycle1733400000010 } from './1733400000010-token-lifecycle';

/** Every table the service needs, in order: the event log, access and personal data, projections, the ledger. */
export const API_MIGRATIONS = [
  EventStore1732800000000,
  EventNotifications1732800000001,
  AnnouncedCommits1732800000002,
  AccessAndPersonalData1732800000100,
  ProjectionGenerations1732800000200,
  ...LEDGER_MIGRATIONS,
  TokenLifecycle1733400000010,
];
