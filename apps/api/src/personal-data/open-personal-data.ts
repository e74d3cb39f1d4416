import type { Database } from '@casetrail/database';
import { KeyConfigurationError, openPersonalData as openLibrary, type PersonalData } from '@casetrail/personal-data';
import { ConfigurationError, type Configuration } from '@casetrail/config';
import type { JsonLogger } from '../logging/json-logger';

/** The personal-data keys for the service; a wrong keys setting or folder stops the start as a ConfigurationError. */
export async function openPersonalData(configuration: Configuration, database: Database, logger: JsonLogger): Promise<PersonalData> {
  try {
    return await openLibrary(database.pool, configuration, {
      warn: (msg) => logger.warn({ msg }, 'PersonalData'),
      onTurnoverError: (error) => logger.error({ msg: 'epoch turnover failed; trying again', error: String(error) }, 'PersonalData'),
    });
  } catch (error) {
    if (error instanceof KeyConfigurationError) throw new ConfigurationError(error.message);
    throw error;
  }
}
