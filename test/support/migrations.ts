import { EventStore1732800000000 } from '@casetrail/event-store';
import { API_MIGRATIONS } from '../../apps/api/src/migrations';

/** Every migration the service runs, in order: a test database gets the same schema. */
export const ALL_MIGRATIONS = API_MIGRATIONS;
export { EventStore1732800000000 };
