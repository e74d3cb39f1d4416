import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { at } from '../support/case-requests';
import { startTestApp, type TestApp } from '../support/test-app';

/** The `name=value` of the session cookie in a Set-Cookie answer, and its attributes. */
function sessionCookie(response: request.Response): { pair: string; attributes: string } {
  const header = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((c) => c.startsWith('casetrail_session='));
  if (!header) throw new Error('no session cookie was set');
  const [pair, ...attributes] = header.split(';').map((p) => p.trim());
  return { pair: pair!, attributes: attributes.join('; ') };
}

describe('the web page\'s sign-in: a token exchanged for a session cookie that reads only', () => {
  let app: TestApp;
  let prosecutorToken: string;
  let investigatorToken: string;

  beforeAll(async () => {
    app = await startTestApp();
    prosecutorToken = await app.userToken('prosecutor', 'maseru');
    investigatorToken = await app.userToken('investigator');
  });
  afterAll(() => app.close());

  const signIn = (token: string) => request(app.http).post('/v1/session').set('Authorization', `Bearer ${token}`);

  it('given a bearer token, answers who signed in and sets an HttpOnly, SameSite=Strict cookie that expires', async () => {
    const response = await signIn(prosecutorToken).expect(201);
    expect(response.body).toEqual({
      user: { userId: expect.any(String), name: 'prosecutor maseru', role: 'prosecutor', district: 'maseru' },
      expiresAt: expect.any(String),
    });
    expect(response.headers['cache-control']).toBe('no-store');
    const { pair, attributes } = sessionCookie(response);
    expect(pair).toMatch(/^casetrail_session=[A-Za-z0-9_-]{43}$/);
    expect(attributes).toMatch(/HttpOnly/);
    expect(attributes).toMatch(/SameSite=Strict/);
    expect(attributes).toMatch(/Path=\//);
    expect(attributes).toMatch(/Max-Age=28800/);
    expect(pair).not.toContain(prosecutorToken);
  });

  it('given the cookie alone, a read is answered as the user who signed in, within their scope', async () => {
    const { pair } = sessionCookie(await signIn(prosecutorToken).expect(201));
    const me = await request(app.http).get('/v1/session').set('Cookie', pair).expect(200);
    expect(me.body).toMatchObject({ user: { role: 'prosecutor', district: 'maseru' }, expiresAt: expect.any(String) });
    const summonses = await request(app.http).get('/v1/summonses').set('Cookie', pair).expect(200);
    expect(summonses.body).toHaveProperty('items');
  });

  it('given the cookie alone, a write is 401 and stores nothing', async () => {
    const { pair } = sessionCookie(await signIn(investigatorToken).expect(201));
    const caseId = randomUUID();
    const referral = { caseId, occurredAt: at('05-01'), source: 'police', district: 'maseru', form: 'sex' };
    const write = await request(app.http).post('/v1/cases').set('Cookie', pair).send(referral).expect(401);
    expect(write.body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
    expect(await app.stream(caseId)).toEqual([]);
    await request(app.http).post('/v1/session').set('Cookie', pair).expect(401);
    // The same write with the token succeeds: the cookie was the only thing missing.
    await request(app.http).post('/v1/cases').set('Authorization', `Bearer ${investigatorToken}`).send(referral).expect(201);
  });

  it('given the role table, a cookie reaches no route the role could not reach with its token', async () => {
    const donor = await app.userToken('donor');
    const { pair } = sessionCookie(await signIn(donor).expect(201));
    const refused = await request(app.http).get('/v1/cases').set('Cookie', pair).expect(403);
    expect(refused.body.code).toBe('ROLE_NOT_ALLOWED');
    const counts = await request(app.http).get('/v1/summonses').set('Cookie', pair).expect(200);
    expect(counts.body).not.toHaveProperty('items');
  });

  it('given sign-out, the cookie is cleared and stops working', async () => {
    const { pair } = sessionCookie(await signIn(prosecutorToken).expect(201));
    const out = await request(app.http).delete('/v1/session').set('Cookie', pair).expect(204);
    expect(sessionCookie(out).attributes).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await request(app.http).get('/v1/session').set('Cookie', pair).expect(200)).body).toEqual({ user: null, expiresAt: null });
    await request(app.http).get('/v1/summonses').set('Cookie', pair).expect(401);
    await request(app.http).delete('/v1/session').expect(204);
  });

  it('given no cookie, a forged or a malformed one, nobody is signed in and reads are 401', async () => {
    expect((await request(app.http).get('/v1/session').expect(200)).body).toEqual({ user: null, expiresAt: null });
    for (const cookie of ['casetrail_session=' + 'A'.repeat(43), 'casetrail_session=x', 'casetrail_session=']) {
      expect((await request(app.http).get('/v1/session').set('Cookie', cookie).expect(200)).body.user).toBeNull();
      await request(app.http).get('/v1/summonses').set('Cookie', cookie).expect(401);
    }
  });

  it('given the page, the docs or an API answer, each carries a Content-Security-Policy without inline scripts or eval', async () => {
    const api = await request(app.http).get('/health').expect(200);
    const page = api.headers['content-security-policy'] as string;
    expect(page).toContain("script-src 'self'");
    expect(page).toContain("style-src 'self';");
    expect(page).toContain("frame-ancestors 'none'");
    expect(page).not.toMatch(/unsafe-inline|unsafe-eval/);
    const docs = await request(app.http).get('/docs').expect(200);
    const docsPolicy = docs.headers['content-security-policy'] as string;
    expect(docsPolicy).toContain("script-src 'self';");
    expect(docsPolicy).toContain("style-src 'self' 'unsafe-inline'");
    expect(docsPolicy).not.toMatch(/unsafe-eval/);
    expect(docs.text).not.toMatch(/<script>(?!\s*<\/script>)/);
  });

  it('given a write to the page\'s address, answers 404: the page is read-only', async () => {
    await request(app.http).post('/').send({}).expect(404);
    await request(app.http).delete('/index.html').expect(404);
  });
});
