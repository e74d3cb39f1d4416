import { rmSync } from 'node:fs';
import { dirname } from 'node:path';

export default async function globalTeardown(): Promise<void> {
  const template = process.env.CASETRAIL_TEST_TEMPLATE;
  if (template) rmSync(dirname(template), { recursive: true, force: true });
}
