import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { PersonalData } from '@casetrail/personal-data';
import { PERSONAL_DATA } from './personal-data.token';

/** At start: what the operator must know of the keys, and a turnover an earlier run left unfinished. */
@Injectable()
export class PersonalDataHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('PersonalData');

  constructor(@Inject(PERSONAL_DATA) private readonly personalData: PersonalData) {}

  onApplicationBootstrap(): void {
    for (const { level, ...notice } of this.personalData.coverage()) this.logger[level](notice);
    const { moved, unopened } = this.personalData.legacy;
    if (moved > 0) this.logger.log({ msg: 'data keys wrapped by the master key itself moved into an epoch', moved });
    for (const [masterKeyId, dataKeys] of Object.entries(unopened)) {
      this.logger.error({ msg: 'data keys wrapped by a master key this service was not given: their personal data cannot be read', masterKeyId, dataKeys });
    }
    this.personalData.turnOver().then(
      ({ retired }) => retired.length > 0 && this.logger.log({ msg: 'finished an epoch turnover left unfinished', retired }),
      () => undefined, // logged by onTurnoverError, and tried again
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.personalData.close();
  }
}
