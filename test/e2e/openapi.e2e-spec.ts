import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';

describe('the OpenAPI description', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.close());

  it('given /docs-json, describes every route of the contract with its schemas', async () => {
    const { body } = await request(app.http).get('/docs-json').expect(200);
    const paths = Object.keys(body.paths);
    for (const path of [
      '/v1/cases', '/v1/cases/{caseId}/victims', '/v1/cases/{caseId}/victims/{victimRef}/referrals',
      '/v1/cases/{caseId}/investigation', '/v1/cases/{caseId}/investigation/closure', '/v1/cases/{caseId}/suspects',
      '/v1/cases/{caseId}/suspects/{suspectRef}/arrest', '/v1/cases/{caseId}/docket', '/v1/cases/{caseId}/dpp-decision',
      '/v1/cases/{caseId}/suspects/{suspectRef}/charges', '/v1/cases/{caseId}/summonses',
      '/v1/cases/{caseId}/summonses/{summonsRef}/service', '/v1/cases/{caseId}/suspects/{suspectRef}/trial',
      '/v1/cases/{caseId}/suspects/{suspectRef}/verdict', '/v1/cases/{caseId}/suspects/{suspectRef}/sentence',
      '/v1/cases/{caseId}/suspects/{suspectRef}/withdrawal', '/v1/cases/{caseId}/appeals',
      '/v1/cases/{caseId}/appeals/{appealRef}/decision', '/v1/cases/{caseId}/closure', '/v1/cases/{caseId}/corrections',
      '/v1/subjects/{subjectRef}/erasure', '/v1/admin/users', '/v1/cases/{caseId}', '/v1/cases/{caseId}/timeline', '/health',
    ]) {
      expect(paths).toContain(path);
    }
    expect(Object.keys(body.components.schemas)).toEqual(
      expect.arrayContaining(['ReferCaseDto', 'IdentifyVictimDto', 'IssueSummonsDto', 'ImposeSentenceDto', 'CommandAnswerDto', 'ErrorDto']),
    );
    expect(body.components.schemas.ReferCaseDto.properties.district.enum).toContain('maseru');
    await request(app.http).get('/docs').expect(200);
  });
});
