import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Role } from '@casetrail/domain';
import { as, at } from '../support/case-requests';
import { fuzzText, fuzzUrlValue, fuzzValue, oddJsonText, seededRandom, storableOddText, type Random } from '../support/fuzz-values';
import { expectSealedAndCaughtUp, storedCounts } from '../support/stored';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../support/test-app';

type Schema = { $ref?: string; type?: string; maxLength?: number; enum?: unknown[]; format?: string; example?: unknown; properties?: Record<string, Schema>; items?: Schema; allOf?: Schema[] };
type Operation = { description?: string; parameters?: { name: string; in: string }[]; requestBody?: { content?: Record<string, { schema?: Schema }> } };
type Route = { method: 'get' | 'post'; path: string; operation: Operation };

/** FUZZ_SEED replays a run; FUZZ_SECONDS bounds it (CI runs it on both databases). */
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 20);
const ROLES: Role[] = ['admin', 'investigator', 'prosecutor', 'court_clerk', 'victim_services', 'auditor', 'donor', 'coordinator'];

/** Issue #13, done when: random Unicode, control characters, deep and odd JSON against every documented route. */
describe('fuzzing every route of /docs-json', () => {
  let app: TestApp;
  let docs: { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
  const tokens = new Map<Role, string>([['admin', ADMIN_TOKEN]]);
  const caseId = randomUUID();
  const otherCases = [randomUUID(), randomUUID(), randomUUID()];
  let subjectRef: string;
  let spareUserId: string;

  beforeAll(async () => {
    app = await startTestApp();
    for (const role of ROLES.filter((r) => r !== 'admin')) tokens.set(role, await app.userToken(role));
    spareUserId = (await as(app.http, ADMIN_TOKEN).post('/v1/admin/users', { name: 'spare', role: 'donor' }).expect(201)).body.userId;
    const investigator = as(app.http, tokens.get('investigator')!);
    const path = `/v1/cases/${caseId}`;
    await investigator.post('/v1/cases', { caseId, occurredAt: at('05-01'), source: 'police', district: 'maseru', form: 'sex' }).expect(201);
    const victim = await investigator.post(`${path}/victims`, {
      victimRef: 'v1', occurredAt: at('05-02'), sex: 'female', ageGroup: 'adult', nationality: 'LS', form: 'sex', identifiedBy: 'ngo', personal: { fullName: 'P' },
    }).expect(201);
    subjectRef = victim.body.subjectRef;
    await investigator.post(`${path}/suspects`, { suspectRef: 'a1', occurredAt: at('05-02'), sex: 'male', nationality: 'LS', isGovernmentOfficial: false }).expect(201);
    await investigator.post(`${path}/investigation`, { occurredAt: at('05-03'), unit: 'ATU' }).expect(201);
    for (const other of otherCases) {
      await investigator.post('/v1/cases', { caseId: other, occurredAt: at('05-01'), source: 'ngo', district: 'berea', form: 'labour' }).expect(201);
    }
    docs = (await request(app.http).get('/docs-json').expect(200)).body;
  });
  afterAll(() => app.close());

  const resolve = (schema: Schema | undefined): Schema => {
    if (!schema) return {};
    if (schema.$ref) return resolve(docs.components.schemas[schema.$ref.split('/').pop()!]);
    if (schema.allOf) return schema.allOf.map(resolve).reduce((a, b) => ({ ...a, ...b, properties: { ...a.properties, ...b.properties } }), {});
    return schema;
  };

  /** A body that would pass validation where the schema says enough (enums, formats, examples). */
  const plausible = (schema: Schema, random: Random, name = ''): unknown => {
    const s = resolve(schema);
    if (s.enum) return random.pick(s.enum);
    if (s.example !== undefined) return s.example;
    if (s.properties) return Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, plausible(v, random, k)]));
    if (s.type === 'boolean') return random.chance(0.5);
    if (s.type === 'integer' || s.type === 'number') return 1;
    if (s.type === 'array') return [];
    if (s.format === 'uuid') return randomUUID();
    if (/occurredAt|At$/.test(name)) return at('05-0' + (1 + random.int(8)));
    if (/Ref$/.test(name)) return `r${random.int(1000)}`;
    return 'text';
  };

  const pathValue = (name: string, random: Random): string => {
    if (random.chance(0.3)) return fuzzUrlValue(random);
    const known: Record<string, string> = { caseId, victimRef: 'v1', suspectRef: 'a1', summonsRef: 'sm1', appealRef: 'ap1', subjectRef, userId: spareUserId };
    if (name === 'caseId' && random.chance(0.5)) return random.chance(0.2) ? randomUUID() : random.pick(otherCases);
    return known[name] ?? fuzzUrlValue(random);
  };

  function requestFor(route: Route, random: Random) {
    const path = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => pathValue(name, random));
    const names = (route.operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
    // One parameter alone (what finds a hole behind valid neighbours), or any of them.
    const chosen = names.length && random.chance(0.5) ? [random.pick(names)] : names.filter(() => random.chance(0.5));
    const query = chosen.map((name) => `${name}=${fuzzUrlValue(random)}`);
    if (random.chance(0.1)) query.push(`${fuzzUrlValue(random)}=${fuzzUrlValue(random)}`);
    const url = path + (query.length ? `?${query.join('&')}` : '');
    const allowed = /Roles: (.*)/.exec(route.operation.description ?? '')?.[1]?.split(', ') as Role[] | undefined;
    const role = allowed && random.chance(0.8) ? random.pick(allowed) : random.pick(ROLES);
    const call = request(app.http)[route.method](url).set('Authorization', `Bearer ${tokens.get(role)}`);
    if (route.method === 'get') return { describe: `${role} GET ${url.slice(0, 400)}`, send: () => call };
    const schema = route.operation.requestBody?.content?.['application/json']?.schema;
    let raw: string;
    const mode = random.next();
    if (!schema || mode < 0.15) {
      raw = random.chance(0.5) ? oddJsonText(random) : JSON.stringify(fuzzValue(random));
    } else {
      const body = plausible(schema, random) as Record<string, unknown>;
      const fields = Object.keys(body);
      const texts = Object.entries(resolve(schema).properties ?? {}).filter(([, p]) => resolve(p).maxLength).map(([name]) => name);
      if (mode < 0.5 && texts.length) body[random.pick(texts)] = storableOddText(random); // valid: stored, then sealed
      else if (mode < 0.8 && fields.length) {
        const field = texts.length && random.chance(0.7) ? random.pick(texts) : random.pick(fields);
        body[field] = fuzzText(random); // one odd field among valid ones
      }
      else {
        for (let n = random.int(3); n >= 0; n--) {
          const field = fields.length && random.chance(0.8) ? random.pick(fields) : random.pick(['__proto__', 'constructor', 'extra', fuzzText(random)]);
          body[field] = random.chance(0.5) ? fuzzText(random) : fuzzValue(random);
        }
      }
      raw = JSON.stringify(body);
      if (random.chance(0.1) && fields.length) raw = raw.replace(/^\{/, `{"${random.pick(['__proto__', 'constructor'])}":{},`);
    }
    return { describe: `${role} POST ${url.slice(0, 400)} ${raw.slice(0, 300)}`, send: () => call.set('Content-Type', 'application/json').send(raw) };
  }

  it(`given seed ${SEED}, never answers 5xx, stores nothing on a refusal, and leaves every event sealed`, async () => {
    const routes: Route[] = Object.entries(docs.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => method === 'get' || method === 'post')
        .map(([method, operation]) => ({ method: method as 'get' | 'post', path, operation })),
    );
    expect(routes.length).toBeGreaterThan(30);
    const random = seededRandom(SEED);
    const statuses = new Map<number, number>();
    const deadline = Date.now() + SECONDS * 1000;
    let sent = 0;
    while (Date.now() < deadline || sent < routes.length) {
      const route = sent < routes.length ? routes[sent]! : random.pick(routes); // every route at least once
      const { describe, send } = requestFor(route, random);
      const before = await storedCounts(app);
      const response = await send();
      sent++;
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      expect({ request: describe, status: response.status < 500 ? 'below 500' : response.status, body: response.status < 500 ? null : response.text })
        .toEqual({ request: describe, status: 'below 500', body: null });
      if (response.status >= 400) {
        expect({ request: describe, code: typeof response.body.code, stored: await storedCounts(app) })
          .toEqual({ request: describe, code: 'string', stored: before });
      }
    }
    process.stderr.write(`fuzz seed ${SEED}: ${sent} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}\n`);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(sent / 4);
    await expectSealedAndCaughtUp(app);
  }, (SECONDS + 60) * 1000);
});
