import { Controller, Get, HttpException } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/roles.decorator';
import { errorBody } from '../http/error-body';
import { ServiceHealth, type Health } from './service-health';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: ServiceHealth) {}

  /**
   * 200 while the store answers, `ok` or `degraded` (a projection or the ledger cannot get past an event:
   * `failing` names each with the event and the reason); 503 only when the store does not answer, so a
   * container health check never kills a service that is serving.
   */
  @Get()
  @Public()
  @ApiOkResponse({
    description: '`status` is `ok`, or `degraded` with `failing` naming each stuck component, its event and the reason; ' +
      '`projections` shows each one\'s lag, `ledger` the sealed tree and the events not yet sealed, and `witnesses` the largest ' +
      'checkpoint each cosigned (a witness that cannot cosign the latest is `behind` and `failing` as `witness:<name>`)',
  })
  @ApiServiceUnavailableResponse({ description: 'STORE_UNAVAILABLE' })
  async read(): Promise<Health> {
    try {
      return await this.health.read();
    } catch {
      throw new HttpException(errorBody(503, 'STORE_UNAVAILABLE', 'the event store or the read models do not answer'), 503);
    }
  }
}
