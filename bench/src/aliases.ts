import Module from 'node:module';
import { join } from 'node:path';

/**
 * Loaded with `node -r` before the compiled bench: maps `@casetrail/<lib>` to the compiled
 * `libs/<lib>/src` beside it (tsc keeps the path aliases of tsconfig.json as written).
 */
const modules = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolve = modules._resolveFilename;
const compiledLibs = join(__dirname, '../../libs');
modules._resolveFilename = function (request: string, ...rest: unknown[]): string {
  const alias = /^@casetrail\/([a-z-]+)$/.exec(request);
  return resolve.call(this, alias ? join(compiledLibs, alias[1]!, 'src') : request, ...rest);
};
