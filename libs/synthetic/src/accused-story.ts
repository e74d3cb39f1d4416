import { MAGISTRATE_COURTS, type District, type Forum } from '@casetrail/domain';
import type { StoryWriter } from './story-writer';
import { maybeRepatriate, testify, type StoryVictim } from './victims-story';

/** What one accused's prosecution shares with the rest of the case. */
export interface ProsecutionContext {
  readonly victims: readonly StoryVictim[];
  readonly forum: Forum | null;
  /** The case's district: its summonses are returnable before that district's magistrate court. */
  readonly district: District;
}

/** One accused from charges to appeal, with the usual detours; a `return` is where the record stops. */
export function prosecute(w: StoryWriter, suspectRef: string, context: ProsecutionContext): void {
  const { random } = w;
  if (!random.chance(0.85) || !w.later(1, 30)) return;
  w.add('prosecutor', { type: 'FileCharges', data: { suspectRef, occurredAt: w.at(), statute: random.pick(['anti_trafficking_act', 'anti_trafficking_act', 'other'] as const), counts: random.int(1, 4) } });
  maybeRepatriate(w, context.victims, 0.25);
  if (random.chance(0.1) && w.later(10, 90)) {
    w.add('prosecutor', { type: 'WithdrawCharges', data: { suspectRef, occurredAt: w.at(), reason: 'witness unavailable' } });
    return;
  }
  if (!w.later(1, 20)) return;
  const summonsRef = `${suspectRef}-summons`;
  const court = random.pick(MAGISTRATE_COURTS[context.district]);
  w.add('prosecutor', { type: 'IssueSummons', data: { summonsRef, suspectRef, occurredAt: w.at(), court, returnDate: w.dateIn(random.int(14, 60)) } });
  if (random.chance(0.35) && w.later(1, 20)) w.add('investigator', { type: 'RecordSummonsService', data: { summonsRef, occurredAt: w.at(), outcome: 'failed' } });
  if (!random.chance(0.75) || !w.later(1, 40)) return;
  w.add('court_clerk', { type: 'RecordSummonsService', data: { summonsRef, occurredAt: w.at(), outcome: 'served' } });
  if (!random.chance(0.85) || !w.later(1, 30)) return;
  w.add('court_clerk', { type: 'RecordAppearance', data: { suspectRef, occurredAt: w.at(), court } });
  const adjournments = random.pick([0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 4]);
  for (let n = 0; n < adjournments && w.later(7, 45); n++) {
    w.add('court_clerk', { type: 'AdjournHearing', data: { suspectRef, occurredAt: w.at(), reason: random.pick(['magistrate absent', 'no interpreter', 'defence not ready', 'docket not in court']), adjournedTo: w.dateIn(random.int(7, 45)) } });
  }
  if (!random.chance(0.7) || !w.later(10, 120)) return;
  w.add('court_clerk', { type: 'StartTrial', data: { suspectRef, occurredAt: w.at() } });
  testify(w, context.victims);
  if (!random.chance(0.8) || !w.later(30, 300)) return;
  const outcome = random.chance(0.6) ? 'convicted' : 'acquitted';
  const statute = random.pick(['anti_trafficking_act', 'anti_trafficking_act', 'other'] as const);
  w.add('court_clerk', { type: 'DeliverVerdict', data: { suspectRef, occurredAt: w.at(), outcome, statute } });
  if (outcome === 'convicted') sentence(w, suspectRef, context);
  maybeRepatriate(w, context.victims, 0.5);
  if (random.chance(0.2) && w.later(5, 60)) {
    const appealRef = `${suspectRef}-appeal`;
    w.add('prosecutor', { type: 'FileAppeal', data: { appealRef, suspectRef, occurredAt: w.at(), appellant: outcome === 'convicted' ? random.pick(['accused', 'accused', 'crown'] as const) : 'crown' } });
    if (random.chance(0.7) && w.later(30, 200)) w.add('court_clerk', { type: 'DecideAppeal', data: { appealRef, occurredAt: w.at(), outcome: random.pick(['upheld', 'dismissed', 'abandoned'] as const) } });
  }
}

/** A referral to the High Court for sentence now and then (magistrate courts only), then the sentence. */
function sentence(w: StoryWriter, suspectRef: string, context: ProsecutionContext): void {
  const { random } = w;
  if (context.forum !== 'high_court' && random.chance(0.15) && w.later(1, 30)) {
    w.add('court_clerk', { type: 'ReferForSentence', data: { suspectRef, occurredAt: w.at() } });
  }
  if (!w.later(1, 40)) return;
  const imprisonmentMonths = random.pick([0, 12, 24, 60, 120, 600]);
  const fineInLieuOfPrison = random.chance(0.15);
  const needsFine = imprisonmentMonths === 0 || fineInLieuOfPrison;
  w.add('court_clerk', {
    type: 'ImposeSentence',
    data: {
      suspectRef, occurredAt: w.at(), imprisonmentMonths,
      suspendedMonths: imprisonmentMonths > 0 && random.chance(0.3) ? imprisonmentMonths : 0,
      fine: needsFine || random.chance(0.4) ? random.pick([5000, 10000, 50000]) : null,
      fineInLieuOfPrison,
    },
  });
}
