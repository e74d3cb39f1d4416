import type { StoryStep } from './story-writer';

/**
 * The order in which a case's steps reach the record: a late step after the steps that follow it
 * (its `occurredAt` unchanged), but before the case is closed, when nothing more may be recorded.
 */
export function recordingOrder(steps: readonly StoryStep[]): StoryStep[] {
  const order: StoryStep[] = [];
  let late: StoryStep[] = [];
  for (const step of steps) {
    if (step.late) late.push(step);
    else if (step.intent.type === 'CloseCase') {
      order.push(...late, step);
      late = [];
    } else order.push(step);
  }
  return [...order, ...late];
}
