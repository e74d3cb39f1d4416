import type { Form } from '@casetrail/domain';
import type { StoryWriter } from './story-writer';

/** A victim as the story follows them: repatriation and testimony depend on what happened before. */
export interface StoryVictim {
  readonly victimRef: string;
  readonly nationality: string;
  readonly foreign: boolean;
  repatriated: boolean;
  testified: boolean;
}

const PROVIDERS = ['Ministry of Social Development', 'Beautiful Dream Society', 'Lesotho Red Cross', 'World Vision'];

/** Victims identified at intake, with referrals, services, statements, and some early repatriations. */
export function identifyVictims(w: StoryWriter, caseId: string, form: Form): StoryVictim[] {
  const { random } = w;
  const victims: StoryVictim[] = [];
  const count = random.int(0, 4);
  for (let v = 1; v <= count && w.later(0, 10); v++) {
    const victimRef = `v${v}`;
    const nationality = random.pick(['LS', 'LS', 'LS', 'ZA', 'CN', 'MZ']);
    w.add(random.chance(0.5) ? 'investigator' : 'victim_services', {
      type: 'IdentifyVictim',
      data: {
        victimRef, occurredAt: w.at(), sex: random.pick(['female', 'female', 'male', 'unknown'] as const),
        ageGroup: random.pick(['adult', 'adult', 'child', 'unknown'] as const), nationality, form,
        identifiedBy: random.pick(['government', 'ngo'] as const),
        // A handle without details: the data were never collected, or were kept outside this record.
        subjectRef: random.chance(0.06) ? `${caseId}-${victimRef}` : null,
      },
    });
    const victim: StoryVictim = { victimRef, nationality, foreign: nationality !== 'LS', repatriated: false, testified: false };
    victims.push(victim);
    if (random.chance(0.6) && w.later(0, 20)) {
      const service = { victimRef, occurredAt: w.at(), service: random.pick(['shelter', 'medical', 'psychosocial', 'legal'] as const), provider: random.pick(PROVIDERS), governmentFunded: random.chance(0.5) };
      w.add('victim_services', { type: 'ReferVictimToServices', data: service }, random.chance(0.1));
      if (random.chance(0.6) && w.later(0, 15)) w.add('victim_services', { type: 'RecordProtectionService', data: { ...service, occurredAt: w.at() } });
    }
    if (random.chance(0.4) && w.later(0, 10)) {
      w.add('investigator', { type: 'RecordVictimCooperation', data: { victimRef, occurredAt: w.at(), cooperation: random.pick(['statement_given', 'statement_given', 'declined']) } }, random.chance(0.1));
    }
    if (victim.foreign && random.chance(0.1) && w.later(1, 30)) repatriate(w, victim);
  }
  return victims;
}

export function repatriate(w: StoryWriter, victim: StoryVictim): void {
  victim.repatriated = true;
  w.add('victim_services', {
    type: 'RecordVictimRepatriation',
    data: { victimRef: victim.victimRef, occurredAt: w.at(), destination: victim.nationality, governmentFunded: w.random.chance(0.7) },
  });
}

/** Victims still in the country testify at a trial; some say they will not. */
export function testify(w: StoryWriter, victims: readonly StoryVictim[]): void {
  for (const victim of victims.filter((v) => !v.repatriated && !v.testified)) {
    if (!w.random.chance(0.5) || !w.later(1, 30)) continue;
    victim.testified = true;
    const cooperation = w.random.chance(0.85) ? 'testified' : 'withdrew';
    w.add('prosecutor', { type: 'RecordVictimCooperation', data: { victimRef: victim.victimRef, occurredAt: w.at(), cooperation } });
  }
}

/** A foreign victim sent home, with the chance given, at the story's current moment. */
export function maybeRepatriate(w: StoryWriter, victims: readonly StoryVictim[], chance: number): void {
  const waiting = victims.filter((v) => v.foreign && !v.repatriated);
  if (waiting.length > 0 && w.random.chance(chance) && w.later(1, 30)) repatriate(w, w.random.pick(waiting));
}
