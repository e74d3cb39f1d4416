import {
  DISTRICTS, FORMS, lesothoTimestampOf, SOURCES, type CaseCommandIntent, type Form,
} from '@casetrail/domain';
import { SeededRandom } from './random';

const DAY_MS = 86_400_000;

/** A command of a synthetic case, with the role that would issue it. */
export interface StoryStep {
  readonly role: 'investigator' | 'prosecutor' | 'court_clerk' | 'victim_services';
  readonly intent: CaseCommandIntent;
}

const lesotho = lesothoTimestampOf;
const lesothoDate = (ms: number) => lesotho(ms).slice(0, 10);

/**
 * One case's life as the commands people would send, from its referral on, each a few days after the
 * last, stopping before `until`. The steps follow the usual path with the usual detours (declined
 * dockets, further investigation, failed service, acquittals, withdrawals, appeals, corrections);
 * whatever the domain refuses is simply not recorded by the loader.
 */
export function caseStory(random: SeededRandom, caseId: string, from: number, until: number, spanDays = 5 * 365): StoryStep[] {
  const steps: StoryStep[] = [];
  let t = from + random.int(0, spanDays - 1) * DAY_MS + random.int(7, 16) * 3_600_000;
  const later = (minDays: number, maxDays: number) => {
    t += random.int(minDays, maxDays) * DAY_MS + random.int(0, 8) * 3_600_000;
    return t < until;
  };
  const at = () => lesotho(t);
  const form: Form = random.pick(FORMS);
  steps.push({
    role: 'investigator',
    intent: { type: 'ReferCase', data: { caseId, occurredAt: at(), source: random.pick(SOURCES), district: random.pick(DISTRICTS), form, summary: null } },
  });
  const victims = random.int(0, 4);
  for (let v = 0; v < victims && later(0, 10); v++) {
    steps.push({
      role: random.chance(0.5) ? 'investigator' : 'victim_services',
      intent: {
        type: 'IdentifyVictim',
        data: {
          victimRef: `v${v + 1}`, occurredAt: at(), sex: random.pick(['female', 'female', 'male', 'unknown'] as const),
          ageGroup: random.pick(['adult', 'adult', 'child', 'unknown'] as const), nationality: random.pick(['LS', 'LS', 'LS', 'ZA', 'CN']),
          form, identifiedBy: random.pick(['government', 'ngo'] as const),
        },
      },
    });
    if (random.chance(0.6) && later(0, 20)) {
      steps.push({
        role: 'victim_services',
        intent: {
          type: 'ReferVictimToServices',
          data: { victimRef: `v${v + 1}`, occurredAt: at(), service: random.pick(['shelter', 'medical', 'psychosocial', 'legal'] as const), provider: 'Ministry of Social Development', governmentFunded: random.chance(0.5) },
        },
      });
    }
  }
  if (!random.chance(0.88) || !later(1, 40)) return steps;
  steps.push({ role: 'investigator', intent: { type: 'OpenInvestigation', data: { occurredAt: at(), unit: 'LMPS Anti-Trafficking Unit', leadOfficer: null } } });
  const suspects = random.int(1, 3);
  for (let s = 1; s <= suspects && later(0, 30); s++) {
    const official = random.chance(0.1);
    steps.push({
      role: 'investigator',
      intent: {
        type: 'IdentifySuspect',
        data: {
          suspectRef: `s${s}`, occurredAt: at(), sex: random.pick(['male', 'male', 'female'] as const),
          nationality: random.pick(['LS', 'LS', 'ZA', 'CN', 'NG']), isGovernmentOfficial: official,
          officialAgency: official ? random.pick(['Immigration', 'LMPS', 'Labour']) : null,
        },
      },
    });
    if (random.chance(0.6) && later(0, 15)) steps.push({ role: 'investigator', intent: { type: 'ArrestSuspect', data: { suspectRef: `s${s}`, occurredAt: at() } } });
  }
  if (random.chance(0.12) && later(5, 90)) {
    steps.push({ role: 'investigator', intent: { type: 'CloseInvestigation', data: { occurredAt: at(), reason: 'insufficient evidence' } } });
    if (random.chance(0.7) && later(1, 30)) steps.push({ role: 'investigator', intent: { type: 'CloseCase', data: { occurredAt: at(), reason: 'no prosecution' } } });
    return steps;
  }
  for (let round = 0; round < 2; round++) {
    if (!random.chance(0.8) || !later(10, 120)) return steps;
    steps.push({ role: 'investigator', intent: { type: 'SubmitDocket', data: { occurredAt: at() } } });
    if (random.chance(0.15) || !later(5, 200)) return steps; // still before the DPP
    const decision = random.pick(['prosecute', 'prosecute', 'prosecute', 'prosecute', 'decline', 'further_investigation'] as const);
    steps.push({ role: 'prosecutor', intent: { type: 'RecordDppDecision', data: { occurredAt: at(), decision, forum: decision === 'prosecute' ? random.pick(['magistrate', 'high_court'] as const) : null } } });
    if (decision === 'decline') {
      if (random.chance(0.6) && later(1, 30)) steps.push({ role: 'prosecutor', intent: { type: 'CloseCase', data: { occurredAt: at(), reason: 'declined by the DPP' } } });
      return steps;
    }
    if (decision === 'prosecute') break;
  }
  for (let s = 1; s <= suspects; s++) prosecute(random, steps, `s${s}`, later, at, () => t);
  if (random.chance(0.3) && later(5, 60)) steps.push({ role: 'prosecutor', intent: { type: 'CloseCase', data: { occurredAt: at(), reason: 'proceedings concluded' } } });
  return steps;
}

function prosecute(
  random: SeededRandom,
  steps: StoryStep[],
  suspectRef: string,
  later: (min: number, max: number) => boolean,
  at: () => string,
  now: () => number,
): void {
  if (!random.chance(0.85) || !later(1, 30)) return;
  steps.push({ role: 'prosecutor', intent: { type: 'FileCharges', data: { suspectRef, occurredAt: at(), statute: random.pick(['anti_trafficking_act', 'anti_trafficking_act', 'other'] as const), counts: random.int(1, 4) } } });
  if (random.chance(0.1) && later(10, 90)) {
    steps.push({ role: 'prosecutor', intent: { type: 'WithdrawCharges', data: { suspectRef, occurredAt: at(), reason: 'witness unavailable' } } });
    return;
  }
  if (!later(1, 20)) return;
  const summonsRef = `${suspectRef}-summons`;
  steps.push({ role: 'prosecutor', intent: { type: 'IssueSummons', data: { summonsRef, suspectRef, occurredAt: at(), court: 'Magistrate Court', returnDate: lesothoDate(now() + random.int(14, 60) * DAY_MS) } } });
  if (random.chance(0.35) && later(1, 20)) steps.push({ role: 'investigator', intent: { type: 'RecordSummonsService', data: { summonsRef, occurredAt: at(), outcome: 'failed', note: null } } });
  if (!random.chance(0.75) || !later(1, 40)) return;
  steps.push({ role: 'court_clerk', intent: { type: 'RecordSummonsService', data: { summonsRef, occurredAt: at(), outcome: 'served', note: null } } });
  if (!random.chance(0.7) || !later(10, 120)) return;
  steps.push({ role: 'court_clerk', intent: { type: 'StartTrial', data: { suspectRef, occurredAt: at() } } });
  if (!random.chance(0.8) || !later(30, 300)) return;
  const outcome = random.chance(0.6) ? 'convicted' : 'acquitted';
  steps.push({ role: 'court_clerk', intent: { type: 'DeliverVerdict', data: { suspectRef, occurredAt: at(), outcome, statute: random.pick(['anti_trafficking_act', 'other'] as const) } } });
  if (outcome === 'convicted' && later(1, 40)) {
    const imprisonmentMonths = random.pick([0, 12, 24, 60, 120, 600]);
    steps.push({
      role: 'court_clerk',
      intent: {
        type: 'ImposeSentence',
        data: {
          suspectRef, occurredAt: at(), imprisonmentMonths,
          suspendedMonths: random.chance(0.3) ? imprisonmentMonths : 0,
          fine: random.chance(0.4) ? random.pick([5000, 10000, 50000]) : null,
          fineInLieuOfPrison: random.chance(0.1),
        },
      },
    });
  }
  if (random.chance(0.2) && later(5, 60)) {
    const appealRef = `${suspectRef}-appeal`;
    steps.push({ role: 'prosecutor', intent: { type: 'FileAppeal', data: { appealRef, suspectRef, occurredAt: at(), appellant: outcome === 'convicted' ? 'accused' : 'crown' } } });
    if (random.chance(0.7) && later(30, 200)) steps.push({ role: 'court_clerk', intent: { type: 'DecideAppeal', data: { appealRef, occurredAt: at(), outcome: random.pick(['upheld', 'dismissed', 'abandoned'] as const) } } });
  }
}
