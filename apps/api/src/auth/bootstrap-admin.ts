import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Configuration } from '@casetrail/config';
import { CONFIGURATION } from '../config/tokens';
import { UsersRepository } from '@casetrail/users';

/**
 * A deployment starts with one admin: the holder of CASETRAIL_ADMIN_TOKEN (created on first start),
 * or, when it is unset, a generated token printed once.
 */
@Injectable()
export class BootstrapAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger('Bootstrap');

  constructor(
    @Inject(CONFIGURATION) private readonly config: Configuration,
    private readonly users: UsersRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.adminToken) {
      if (await this.users.findByToken(this.config.adminToken)) return;
      await this.users.create({ name: 'bootstrap admin', role: 'admin', district: null, token: this.config.adminToken }, null);
      this.logger.log({ msg: 'created the admin holding CASETRAIL_ADMIN_TOKEN' });
      return;
    }
    if ((await this.users.countAdmins()) > 0) return;
    const { token } = await this.users.create({ name: 'bootstrap admin', role: 'admin', district: null }, null);
    // Printed once, on purpose: it is the only way in for the first admin.
    process.stdout.write(`\ncasetrail: first admin token (shown once, keep it safe): ${token}\n\n`);
  }
}
