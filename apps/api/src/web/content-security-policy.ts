import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

type Directives = Record<string, string[]>;

/** The web page and every API answer: scripts, styles and connections from this origin only; no inline code, no eval. */
const PAGE: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Swagger UI at /docs: its scripts are files of this origin too (no inline script, no eval), but its HTML
 * carries inline <style> blocks and style attributes, which only 'unsafe-inline' for styles admits.
 */
const DOCS: Directives = { ...PAGE, 'style-src': ["'self'", "'unsafe-inline'"] };

const policy = (directives: Directives) => helmet.contentSecurityPolicy({ useDefaults: false, directives });

/** A Content-Security-Policy header on every answer the service gives: the docs' one under /docs, the page's elsewhere. */
export function contentSecurityPolicy() {
  const page = policy(PAGE);
  const docs = policy(DOCS);
  return (request: Request, response: Response, next: NextFunction): void => {
    const isDocs = request.path === '/docs' || request.path.startsWith('/docs/');
    (isDocs ? docs : page)(request, response, next);
  };
}
