import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

const ROOT = join(__dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const nestProjects = (text: string) => [...text.matchAll(/nest build (\w+)/g)].map((m) => m[1]).sort();

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  healthcheck?: { test: string[] };
  environment?: Record<string, string>;
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
}

/** Resolves YAML merge keys (`<<: *anchor`), which this YAML parser leaves as plain keys. */
function merged(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(merged);
  if (!value || typeof value !== 'object') return value;
  const { '<<': base, ...own } = value as Record<string, unknown>;
  const bases = (Array.isArray(base) ? base : base ? [base] : []).map(merged) as Record<string, unknown>[];
  return Object.assign({}, ...bases, Object.fromEntries(Object.entries(own).map(([k, v]) => [k, merged(v)])));
}

describe('docker/: the image and the clustered deployment', () => {
  const dockerfile = read('docker/Dockerfile');

  it('builds exactly the projects `npm run build` builds, from files that exist', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(nestProjects(dockerfile)).toEqual(nestProjects(scripts.build!));
    expect(nestProjects(dockerfile)).toEqual(['api', 'cli', 'projector']);
    // The API serves both from dist/: the web page (vite) and the single-file verifier (a build output, not committed).
    for (const output of ['vite build -c apps/web/vite.config.mts', 'node apps/verify/build.mjs']) {
      expect([output, dockerfile.includes(output), `${scripts.build} ${scripts['build:web']} ${scripts['build:verify']}`.includes(output)]).toEqual([output, true, true]);
    }
    for (const [, sources] of dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)) {
      for (const source of sources!.split(' ')) expect([source, existsSync(join(ROOT, source))]).toEqual([source, true]);
    }
  });

  it('runs as the unprivileged node user, with production dependencies only, and checks its health', () => {
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('FROM '));
    expect(runtime).toMatch(/^USER node$/m);
    expect(dockerfile).toContain('npm ci --omit=dev');
    expect(runtime).toMatch(/^HEALTHCHECK .*healthcheck\.cjs/m);
    expect(runtime).toContain('CMD ["node", "dist/apps/api/src/main.js"]');
  });

  it('starts PostgreSQL, three EventStoreDB nodes, the API and two projectors, each with a health check', () => {
    const compose = merged(load(read('docker/compose.yml'))) as { services: Record<string, Service>; volumes: Record<string, unknown> };
    const services = compose.services;
    expect(Object.keys(services).sort()).toEqual(['api', 'node1', 'node2', 'node3', 'postgres', 'projector-1', 'projector-2']);
    // The API's health check is the image's own HEALTHCHECK; every other service declares one.
    for (const [name, service] of Object.entries(services)) expect([name, !!service.healthcheck || name === 'api']).toEqual([name, true]);
    for (const node of ['node1', 'node2', 'node3']) {
      expect(services[node]!.environment).toMatchObject({ EVENTSTORE_CLUSTER_SIZE: '3' });
      expect(services[node]!.volumes!.some((v) => v.endsWith(':/var/lib/eventstore'))).toBe(true);
    }
    expect(services.api!.environment).toMatchObject({ CASETRAIL_PROJECTIONS: 'off' });
    expect(services.api!.environment!.EVENTSTORE_URL).toContain('esdb://node1:2113,node2:2113,node3:2113');
    expect(Object.keys(services.api!.depends_on!).sort()).toEqual(['node1', 'node2', 'node3', 'postgres']);
    for (const projector of ['projector-1', 'projector-2']) {
      expect(services[projector]!.command).toEqual(['node', 'dist/apps/projector/src/main.js']);
      expect(services[projector]!.depends_on).toEqual({ api: { condition: 'service_healthy' } });
    }
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(['postgres-data', 'api-data', 'node1-data']));
  });

  const composeCli = (() => {
    try {
      execFileSync('docker-compose', ['version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  // .ci/run installs docker-compose (Debian's 1.29) when it can; without it this one check is skipped.
  (composeCli ? it : it.skip)('validates with docker-compose config, refusing to start without its secrets', () => {
    const env = { ...process.env, CASETRAIL_ADMIN_TOKEN: 'a-token-of-sixteen-chars', CASETRAIL_MASTER_KEY: Buffer.alloc(32).toString('base64') };
    execFileSync('docker-compose', ['-f', join(ROOT, 'docker/compose.yml'), 'config', '-q'], { env, stdio: 'pipe' });
    const withoutSecrets = { ...process.env, CASETRAIL_ADMIN_TOKEN: '', CASETRAIL_MASTER_KEY: '' };
    expect(() => execFileSync('docker-compose', ['-f', join(ROOT, 'docker/compose.yml'), 'config', '-q'], { env: withoutSecrets, stdio: 'pipe' }))
      .toThrow(/CASETRAIL_ADMIN_TOKEN/);
  });
});
