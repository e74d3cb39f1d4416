import type { NestExpressApplication } from '@nestjs/platform-express';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where `npm run build:web` puts the page: dist/web beside the package.json this file belongs to. */
export function webPageFolder(from = __dirname): string | null {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) {
      const web = join(folder, 'dist', 'web');
      return existsSync(join(web, 'index.html')) ? web : null;
    }
    if (dirname(folder) === folder) return null;
  }
}

/**
 * Serves the built web page read-only at `/` and its hashed assets under `/assets/` (cached for good, since a
 * new build gives them new names); the page itself is revalidated on each visit. Other methods fall through.
 */
export function serveWebPage(app: NestExpressApplication, folder: string | null = webPageFolder()): boolean {
  if (!folder) return false;
  app.useStaticAssets(folder, {
    index: 'index.html',
    dotfiles: 'ignore',
    redirect: false,
    setHeaders: (response, path) => {
      const hashed = path.startsWith(join(folder, 'assets'));
      response.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return true;
}
