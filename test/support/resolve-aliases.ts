import Module from 'node:module';
import { join } from 'node:path';

/**
 * jest's moduleNameMapper does not reach globalSetup, which Node loads with its own `require`:
 * map `@casetrail/<lib>` to `libs/<lib>/src` there too.
 */
const modules = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolve = modules._resolveFilename;
modules._resolveFilename = function (request: string, ...rest: unknown[]): string {
  const alias = /^@casetrail\/([a-z-]+)$/.exec(request);
  return resolve.call(this, alias ? join(__dirname, '../../libs', alias[1]!, 'src') : request, ...rest);
};
