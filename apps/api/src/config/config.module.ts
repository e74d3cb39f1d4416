import { Global, Module } from '@nestjs/common';
import { loadConfiguration } from './configuration';
import { CONFIGURATION } from './tokens';

@Global()
@Module({
  providers: [{ provide: CONFIGURATION, useFactory: () => loadConfiguration() }],
  exports: [CONFIGURATION],
})
export class ConfigModule {}
