import type { ClaimAssertion } from '@casetrail/domain';
import type { ReportEvent } from '@casetrail/reporting';
import type { BundleLeaf } from './bundle-format';

/** A report event read from a leaf's public part, with its case's district. */
export type LeafReportEvent = ReportEvent & { readonly district: string | null };

/** A claim as its leaf's public part shows it. */
export interface LeafClaim {
  readonly claimId: string;
  readonly recordedAt: string;
  readonly madeAt: string;
  readonly assertions: readonly ClaimAssertion[];
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The report's events from the public parts: every case leaf, its position in the log standing for its
 * version (a case's leaves are in the order of its versions), its district from its case's CaseReferred.
 */
export function reportEventsOfLeaves(leaves: readonly BundleLeaf[]): LeafReportEvent[] {
  const districts = new Map<string, string>();
  for (const [, part] of leaves) {
    if (part?.['kind'] === 'case' && part['type'] === 'CaseReferred') {
      districts.set(text(part['caseId']), text((part['data'] as Record<string, unknown>)['district']));
    }
  }
  const events: LeafReportEvent[] = [];
  leaves.forEach(([, part], leafIndex) => {
    if (part?.['kind'] !== 'case') return;
    const caseId = text(part['caseId']);
    const occurredAt = text(part['occurredAt']);
    events.push({
      eventId: text(part['eventId']),
      caseId,
      version: leafIndex,
      type: text(part['type']),
      occurredAt,
      recordedAt: text(part['recordedAt']),
      data: { ...(part['data'] as Record<string, unknown>), occurredAt },
      district: districts.get(caseId) ?? null,
    });
  });
  return events;
}

/** The claim a leaf records, or null when the leaf is not a claim's ClaimMade. */
export function claimOfLeaf(leaf: BundleLeaf | undefined): LeafClaim | null {
  const part = leaf?.[1];
  if (!part || part['kind'] !== 'claim' || part['type'] !== 'ClaimMade') return null;
  const data = part['data'] as Record<string, unknown>;
  if (!Array.isArray(data['assertions'])) return null;
  return {
    claimId: text(part['claimId']),
    recordedAt: text(part['recordedAt']),
    madeAt: text(data['madeAt']),
    assertions: data['assertions'] as ClaimAssertion[],
  };
}

/**
 * The moment a bundle's figures are "now": the checkpoint's signedAt, or the latest recordedAt of a public
 * leaf when later (signedAt has whole seconds, so events of the second it was signed in may look later).
 */
export function bundleMoment(leaves: readonly BundleLeaf[], signedAt: string): string {
  let latest = Date.parse(signedAt);
  for (const [, part] of leaves) {
    const recorded = typeof part?.['recordedAt'] === 'string' ? Date.parse(part['recordedAt']) : NaN;
    if (recorded > latest) latest = recorded;
  }
  return new Date(latest).toISOString();
}
