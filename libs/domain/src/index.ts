/** @casetrail/domain: the case decider (events, commands, state, rules). Pure: no framework, no I/O. */
// The contract's vocabulary (enumerations, isOneOf) is the domain's: what it stores is what the API and the page speak.
export * from '@casetrail/contract';
export * from './nationwide-roles';
export * from './courts';
export * from './nationalities';
export * from './time';
export * from './streams';
export * from './case/events';
export * from './case/commands';
export * from './case/state';
export { CASE_RULES, CASE_RULE_CODES, CaseRuleViolation, type CaseRuleCode } from './case/refusals';
export { CASE_EVENT_FIELDS, fieldsOf, type CaseEventFields, type FieldSpec } from './case/event-fields';
export {
  correctionOf, effectiveEvents, isCorrectable, occurredBy, type Correction, type Effective, type EffectiveCaseEvent,
} from './case/corrections';
export * from './case/codec';
export { upcastCaseEventData } from './case/upcast';
export { RECORDED_BY } from './case/recorded-by';
export { evolve, foldCase } from './case/evolve';
export { decide } from './case/decide';
export { summonsStatusAt } from './case/summons-status';
export { assertNever } from './exhaustive';
export * from './text';
export { seededRandom } from './seeded-random';
export * from './claim';
