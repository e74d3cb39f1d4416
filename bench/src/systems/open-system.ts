import type { SystemName, SystemUnderTest } from './system';

/** Connections each system may open: the service's default pool size. */
export const POOL_SIZE = 10;

/** Loads only the system asked for: Emmett changes pg's type parsers for the whole process. */
export async function openSystem(name: SystemName, url: string): Promise<SystemUnderTest> {
  switch (name) {
    case 'casetrail':
      return new (await import('./casetrail.js')).CasetrailSystem(url, POOL_SIZE);
    case 'raw':
      return new (await import('./raw-pg.js')).RawPgSystem(url, POOL_SIZE);
    case 'emmett':
      return new (await import('./emmett.js')).EmmettSystem(url);
  }
}
