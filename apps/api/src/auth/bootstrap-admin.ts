import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Configuration } from '@casetrail/config';
import { CONFIGURATION } from '../config/tokens';
import { UsersRepository } from '@casetrail/users';

/**
 * A deployment starts with one admin: the holder of CASETRAIL_ADMIN_TOKEN, or, when it is unset and no
 * admin can sign in, a generated token printed once. A new CASETRAIL_ADMIN_TOKEN replaces the admin that
 * held the previous one (whose token is revoked), never adds a second.
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
      const { replaced, created, revoked } = await this.users.installBootstrapAdmin(this.config.adminToken);
      if (revoked) this.logger.error({ msg: 'CASETRAIL_ADMIN_TOKEN was revoked and opens nothing: set a new value' });
      if (replaced > 0) this.logger.log({ msg: 'CASETRAIL_ADMIN_TOKEN changed: the previous bootstrap admin was revoked', replaced });
      if (created) this.logger.log({ msg: 'created the admin holding CASETRAIL_ADMIN_TOKEN' });
      return;
    }
    if ((await this.users.countActiveAdmins()) > 0) return;
    const { token } = await this.users.create({ name: 'bootstrap admin', role: 'admin', district: null, bootstrap: true }, null);
    // Printed once, on purpose: it is the only way in for the first admin.
    process.stdout.write(`\ncasetrail: first admin token (shown once, keep it safe): ${token}\n\n`);
  }
}
