import { AnnouncedCommits1732800000002, EventNotifications1732800000001, EventStore1732800000000 } from '@casetrail/event-store';
import { LEDGER_MIGRATIONS } from '@casetrail/ledger';
import { PERSONAL_DATA_MIGRATIONS } from '@casetrail/personal-data';
import { ProjectionGenerations1732800000200 } from '@casetrail/projections';
import { AccessAndPersonalData1732800000100 } from './1732800000100-access-and-personal-data';

/** Every table the service needs, in order: the event log, access and personal data, projections, the ledger. */
export const MIGRATIONS = [
  EventStore1732800000000,
  EventNotifications1732800000001,
  AnnouncedCommits1732800000002,
  AccessAndPersonalData1732800000100,
  ...PERSONAL_DATA_MIGRATIONS,
  ProjectionGenerations1732800000200,
  ...LEDGER_MIGRATIONS,
];
