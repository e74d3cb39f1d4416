import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  APPEAL_OUTCOMES,
  type CaseCommand,
  type CaseCommandIntent,
  CASE_COMMAND_TYPES,
  CASE_EVENT_FIELDS,
  CASE_EVENT_SCHEMA_VERSION,
  CASE_EVENT_TYPES,
  CASE_RULE_CODES,
  CASE_RULES,
  decide,
  DISTRICTS,
  DPP_DECISIONS,
  FORMS,
  initialState,
  isNationality,
  NATIONALITIES,
  RECORDED_BY,
  ROLES,
  SOURCES,
} from '../index';

const root = join(__dirname, '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const all = filesUnder(root).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));
const isTest = (path: string) => path.endsWith('.spec.ts') || path.includes('__tests__') || path.startsWith('testing');
const library = all.filter((f) => !isTest(f.path));
const specs = all.filter((f) => f.path.endsWith('.spec.ts'));

describe('the domain library', () => {
  it('imports nothing but its own files and the contract, which imports nothing', () => {
    const importsOf = (files: readonly { path: string; text: string }[], allowed: (from: string) => boolean) => files.flatMap((f) =>
      [...f.text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!).filter((s) => !allowed(s)).map((s) => `${f.path}: ${s}`),
    );
    expect(importsOf(library, (from) => from.startsWith('.') || from === '@casetrail/contract')).toEqual([]);
    const contract = join(root, '../../contract/src');
    const contractFiles = filesUnder(contract).map((path) => ({ path: relative(contract, path), text: readFileSync(path, 'utf8') }));
    expect(contractFiles.length).toBeGreaterThan(3);
    expect(importsOf(contractFiles, (from) => from.startsWith('./'))).toEqual([]);
  });

  it('never reads the clock and never uses any', () => {
    const offending = library.filter((f) => /new Date\(|Date\.now\(|:\s*any\b|as any\b|<any>/.test(f.text)).map((f) => f.path);
    expect(offending).toEqual([]);
  });

  it('ends every switch with an exhaustive never check', () => {
    const switches = library.flatMap((f) => [...f.text.matchAll(/switch \(/g)].map(() => f.path));
    const checks = library.flatMap((f) => [...f.text.matchAll(/assertNever\(/g)].map(() => f.path)).filter((p) => p !== 'exhaustive.ts');
    expect(checks.sort()).toEqual(switches.sort());
  });

  it('has a specification refusing under every rule it names', () => {
    const refused = new Set(specs.flatMap((f) => [...f.text.matchAll(/thenRefused\('([A-Z_]+)'\)/g)].map((m) => m[1])));
    expect(CASE_RULE_CODES.filter((code) => !refused.has(code))).toEqual([]);
    expect(Object.values(CASE_RULES).every((description) => description.length > 10)).toBe(true);
  });

  it('catalogues 33 event types at schema version 1 (evidence at 2), each with field specs, and 32 commands', () => {
    expect(CASE_EVENT_TYPES).toHaveLength(33);
    const beyondFirst = Object.entries(CASE_EVENT_SCHEMA_VERSION).filter(([, version]) => version !== 1);
    expect(beyondFirst).toEqual([['EvidenceAttached', 2]]);
    expect(Object.keys(CASE_EVENT_FIELDS).sort()).toEqual([...CASE_EVENT_TYPES].sort());
    expect(CASE_COMMAND_TYPES).toHaveLength(32);
  });

  it('spells the contract enumerations as api.md does', () => {
    expect(DISTRICTS).toEqual(['berea', 'butha-buthe', 'leribe', 'mafeteng', 'maseru', 'mohales-hoek', 'mokhotlong', 'qachas-nek', 'quthing', 'thaba-tseka']);
    expect(FORMS).toEqual(['sex', 'labour', 'sex_and_labour', 'unknown']);
    expect(SOURCES).toEqual(['police', 'immigration', 'labour_inspection', 'ngo', 'hotline', 'foreign_government', 'other']);
    expect(ROLES).toEqual(['admin', 'investigator', 'prosecutor', 'court_clerk', 'victim_services', 'auditor', 'donor', 'coordinator']);
    expect(DPP_DECISIONS).toEqual(['prosecute', 'decline', 'further_investigation']);
    expect(APPEAL_OUTCOMES).toEqual(['upheld', 'dismissed', 'abandoned']);
  });

  it('knows the ISO 3166-1 alpha-2 codes', () => {
    expect(NATIONALITIES).toHaveLength(249);
    expect(['LS', 'ZA', 'CN'].every(isNationality)).toBe(true);
    expect(['ls', 'XX', 'UK', 'LSO'].some(isNationality)).toBe(false);
  });
});

describe('RECORDED_BY', () => {
  it('names, for every event type, a command that records it', () => {
    expect(Object.keys(RECORDED_BY).sort()).toEqual([...CASE_EVENT_TYPES].sort());
    expect(new Set(Object.values(RECORDED_BY))).toEqual(new Set(CASE_COMMAND_TYPES));
  });
});

describe('CaseCommandIntent', () => {
  it('narrows data by type and becomes a command the decider takes once the server time is added', () => {
    const intent: CaseCommandIntent = {
      type: 'ReferCase',
      data: { caseId: 'c', occurredAt: '2021-11-01T10:00:00+02:00', source: 'police', district: 'berea', form: 'sex' },
    };
    // The type checker (npm run typecheck) is what holds these two lines: narrowing, and no command without `now`.
    if (intent.type === 'ReferCase') expect(DISTRICTS).toContain(intent.data.district);
    // @ts-expect-error an intent is not a command until the server time is added
    const withoutNow: CaseCommand = intent;
    expect(withoutNow).not.toHaveProperty('metadata');
    const command: CaseCommand = { ...intent, metadata: { now: '2021-11-01T10:00:00+02:00' } };
    expect(decide(command, initialState())).toEqual([{ type: 'CaseReferred', data: { summary: null, ...intent.data } }]);
  });
});
