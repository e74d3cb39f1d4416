import {
  AnnouncedCommits1732800000002, EventIdReservations1733000100003, EventNotifications1732800000001, EventStore1732800000000,
  StreamKinds1733000100001,
} from '@casetrail/event-store';
import { LEDGER_MIGRATIONS } from '@casetrail/ledger';
import { PERSONAL_DATA_MIGRATIONS } from '@casetrail/personal-data';
import { ProjectionGenerations1732800000200 } from '@casetrail/projections';
import { IdempotencyReservations1733000100002 } from './1733000100002-idempotency-reservations';
import { AccessAndPersonalData1732800000100 } from './1732800000100-access-and-personal-data';
import { WebSessions1733300000001 } from './1733300000001-web-sessions';
import { TokenLifecycle1733400000010 } from './1733400000010-token-lifecycle';
import { UserAgency1734900000001 } from './1734900000001-user-agency';
import { AccessLog1734900000002 } from './1734900000002-access-log';
import { RetiredReadModels1735000000001 } from './1735000000001-retired-read-models';

/** Every table the service needs, in order: the event log, access and personal data, projections, the ledger. */
export const MIGRATIONS = [
  EventStore1732800000000,
  EventNotifications1732800000001,
  AnnouncedCommits1732800000002,
  AccessAndPersonalData1732800000100,
  ...PERSONAL_DATA_MIGRATIONS,
  ProjectionGenerations1732800000200,
  ...LEDGER_MIGRATIONS,
  StreamKinds1733000100001,
  IdempotencyReservations1733000100002,
  EventIdReservations1733000100003,
  WebSessions1733300000001,
  TokenLifecycle1733400000010,
  UserAgency1734900000001,
  AccessLog1734900000002,
  RetiredReadModels1735000000001,
];
