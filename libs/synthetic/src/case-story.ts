import { DISTRICTS, FORMS, SOURCES, type District, type Forum } from '@casetrail/domain';
import { prosecute } from './accused-story';
import type { SeededRandom } from './random';
import { StoryWriter, type StoryStep } from './story-writer';
import { identifyVictims } from './victims-story';

export type { StoryStep } from './story-writer';

const DAY_MS = 86_400_000;
const AGENCIES = ['Immigration', 'LMPS', 'Labour'];

/**
 * One case's life as the commands people would send, from its referral on, each a few days after the
 * last, stopping before `until`. The steps follow the usual path with the usual detours (declined
 * dockets, further investigation, missing dockets, failed and late service, adjournments, complicity,
 * repatriations, acquittals, withdrawals, appeals), each only where the domain allows it.
 */
export function caseStory(random: SeededRandom, caseId: string, from: number, until: number, spanDays = 5 * 365): StoryStep[] {
  const w = new StoryWriter(random, from + random.int(0, spanDays - 1) * DAY_MS + random.int(7, 16) * 3_600_000, until);
  const form = random.pick(FORMS);
  const source = random.pick(SOURCES);
  const district: District = random.pick(DISTRICTS);
  w.add('investigator', { type: 'ReferCase', data: { caseId, occurredAt: w.at(), source, district, form, summary: null } });
  const victims = identifyVictims(w, caseId, form);
  const suspects: string[] = [];
  // Now and then an official's complicity is alleged before the police open any investigation.
  if (random.chance(0.05) && w.later(0, 10)) {
    identifySuspect(w, 's1', true);
    suspects.push('s1');
    w.add('investigator', { type: 'AllegeOfficialComplicity', data: { suspectRef: 's1', occurredAt: w.at(), agency: random.pick(AGENCIES) } });
    if (!random.chance(0.8) || !w.later(10, 80)) return w.steps;
  } else if (!random.chance(0.88) || !w.later(1, 40)) {
    return w.steps;
  }
  w.add('investigator', { type: 'OpenInvestigation', data: { occurredAt: w.at(), unit: 'LMPS Anti-Trafficking Unit' } });
  if (random.chance(0.3) && w.later(0, 20)) attachEvidence(w);
  const suspectCount = random.int(1, 3);
  for (let s = suspects.length + 1; s <= suspectCount && w.later(0, 30); s++) {
    const official = random.chance(0.1);
    identifySuspect(w, `s${s}`, official);
    suspects.push(`s${s}`);
    if (official && random.chance(0.6) && w.later(0, 30)) {
      w.add('investigator', { type: 'AllegeOfficialComplicity', data: { suspectRef: `s${s}`, occurredAt: w.at(), agency: random.pick(AGENCIES) } });
    }
    if (random.chance(0.6) && w.later(0, 15)) arrest(w, `s${s}`);
  }
  if (random.chance(0.12) && w.later(5, 90)) {
    w.add('investigator', { type: 'CloseInvestigation', data: { occurredAt: w.at(), reason: 'insufficient evidence' } });
    if (random.chance(0.7) && w.later(1, 30)) w.add('investigator', { type: 'CloseCase', data: { occurredAt: w.at(), reason: 'no prosecution' } });
    return w.steps;
  }
  const forum = beforeTheDpp(w);
  if (forum === undefined) return w.steps;
  const context = { victims, forum, district };
  for (const suspectRef of suspects) prosecute(w, suspectRef, context);
  if (random.chance(0.3) && w.later(5, 60)) w.add('prosecutor', { type: 'CloseCase', data: { occurredAt: w.at(), reason: 'proceedings concluded' } });
  return w.steps;
}

function identifySuspect(w: StoryWriter, suspectRef: string, official: boolean): void {
  const { random } = w;
  w.add('investigator', {
    type: 'IdentifySuspect',
    data: {
      suspectRef, occurredAt: w.at(), sex: random.pick(['male', 'male', 'female'] as const), nationality: random.pick(['LS', 'LS', 'ZA', 'CN', 'NG']),
      isGovernmentOfficial: official, officialAgency: official ? random.pick(AGENCIES) : null,
    },
  });
}

/** An arrest, and bail for some; now and then both are entered late. */
function arrest(w: StoryWriter, suspectRef: string): void {
  const late = w.random.chance(0.1);
  w.add('investigator', { type: 'ArrestSuspect', data: { suspectRef, occurredAt: w.at() } }, late);
  if (w.random.chance(0.4) && w.later(1, 14)) {
    w.add('court_clerk', { type: 'GrantBail', data: { suspectRef, occurredAt: w.at(), amount: w.random.pick([1000, 2000, 5000]), conditions: 'report weekly to the police station' } }, late);
  }
}

function attachEvidence(w: StoryWriter): void {
  const { random } = w;
  const sha256 = Array.from({ length: 64 }, () => random.int(0, 15).toString(16)).join('');
  const [description, mediaType] = random.pick([['statement of the victim', 'application/pdf'], ['photographs of the premises', 'image/jpeg'], ['payroll records', 'text/csv']] as const);
  w.add('investigator', { type: 'AttachEvidence', data: { evidenceRef: 'evidence-1', occurredAt: w.at(), sha256, description, mediaType, custodian: 'LMPS exhibits store' } }, random.chance(0.2));
}

/** A missing docket, reconstructed or not; false when it stays lost (the story stops). */
function docketLost(w: StoryWriter, chance: number): boolean {
  if (!w.random.chance(chance) || !w.later(5, 60)) return false;
  w.add('prosecutor', { type: 'ReportDocketMissing', data: { occurredAt: w.at(), note: null } });
  if (w.random.chance(0.65) && w.later(10, 120)) {
    w.add('investigator', { type: 'ReconstructDocket', data: { occurredAt: w.at(), note: null } });
    return false;
  }
  return true;
}

/**
 * The docket goes to the DPP (again after further investigation), sometimes goes missing, and waits
 * for a decision. The forum of a decision to prosecute, or undefined when the story stops before one.
 */
function beforeTheDpp(w: StoryWriter): Forum | null | undefined {
  const { random } = w;
  if (docketLost(w, 0.03)) return undefined;
  for (let round = 0; round < 2; round++) {
    if (!random.chance(0.8) || !w.later(10, 120)) return undefined;
    w.add('investigator', { type: 'SubmitDocket', data: { occurredAt: w.at() } });
    if (docketLost(w, 0.06)) return undefined;
    if (random.chance(0.15) || !w.later(5, 220)) return undefined; // still before the DPP
    const decision = random.pick(['prosecute', 'prosecute', 'prosecute', 'prosecute', 'decline', 'further_investigation'] as const);
    const forum = decision === 'prosecute' ? random.pick(['magistrate', 'magistrate', 'magistrate', 'high_court', null] as const) : null;
    w.add('prosecutor', { type: 'RecordDppDecision', data: { occurredAt: w.at(), decision, forum } });
    if (decision === 'decline') {
      if (random.chance(0.6) && w.later(1, 30)) w.add('prosecutor', { type: 'CloseCase', data: { occurredAt: w.at(), reason: 'declined by the DPP' } });
      return undefined;
    }
    if (decision === 'prosecute') return forum;
  }
  return undefined;
}
