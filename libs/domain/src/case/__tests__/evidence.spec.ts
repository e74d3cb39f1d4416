import { given, stored } from '../../testing/given';
import { command, day, ev, HASH, investigating } from '../../testing/fixtures';
import { upcastCaseEventData } from '../upcast';

describe('evidence, schema 2', () => {
  const attach = (extra: Record<string, unknown> = {}) =>
    command('AttachEvidence', { evidenceRef: 'evidence-1', occurredAt: day(12), sha256: HASH, description: 'charge sheet', ...extra });

  it('given a media type and a custodian, records both beside the hash', () => {
    given(investigating)
      .when(attach({ mediaType: 'application/pdf', custodian: 'DPP registry' }))
      .then([ev.evidenceAttached({ mediaType: 'application/pdf', custodian: 'DPP registry' })]);
  });

  it('given neither, records both as null', () => {
    given(investigating).when(attach()).then([ev.evidenceAttached()]);
  });

  it('given a blank custodian, is refused (INVALID_VALUE)', () => {
    given(investigating).when(attach({ custodian: ' ' })).thenRefused('INVALID_VALUE');
  });

  it('given a schema-1 evidence event (no mediaType, no custodian) in the history, still admits a correction', () => {
    const { mediaType: _m, custodian: _c, ...schema1 } = ev.evidenceAttached().data;
    const history = stored([...investigating, { type: 'EvidenceAttached', data: schema1 } as ReturnType<typeof ev.evidenceAttached>]);
    given(history)
      .when(command('CorrectEvent', { eventId: 'e4', reason: 'wrong day', changes: { occurredAt: day(11) } }))
      .then([ev.correction('e4', 'EvidenceAttached', { occurredAt: day(11) }, 'wrong day')]);
  });
});

describe('upcasting stored data', () => {
  const schema1 = { evidenceRef: 'evidence-1', sha256: HASH, description: 'charge sheet', occurredAt: day(12) };

  it('given schema-1 evidence, reads the fields schema 2 added as null', () => {
    expect(upcastCaseEventData('EvidenceAttached', 1, schema1)).toEqual({ ...schema1, mediaType: null, custodian: null });
  });

  it('given schema-2 evidence or another type, leaves the data as it is', () => {
    const schema2 = { ...schema1, mediaType: 'image/png', custodian: null };
    expect(upcastCaseEventData('EvidenceAttached', 2, schema2)).toBe(schema2);
    const referral = ev.caseReferred().data;
    expect(upcastCaseEventData('CaseReferred', 1, referral)).toBe(referral);
  });
});
