import { SetMetadata } from '@nestjs/common';

export const LIST_ITEMS_KEY = 'casetrail:list-items';

/**
 * A list route's item shape: the leaf paths of its items, in order. They are its CSV's columns whatever the
 * page holds, so an empty list still has its header row; paths an item has beyond them (an array of objects,
 * one column per index) follow them.
 */
export const ListItems = (columns: readonly string[]) => SetMetadata(LIST_ITEMS_KEY, columns);

/** The item shape of every list that answers CSV (docs/exports.md). */
export const LIST_COLUMNS = {
  users: ['userId', 'name', 'role', 'district', 'agency', 'createdAt', 'revokedAt'],
  accessLog: ['eventId', 'userId', 'role', 'caseId', 'subjectRefs', 'shownAt'],
  cases: ['caseId', 'district', 'form', 'stage', 'referredAt', 'lastEventAt', 'accusedCount', 'openFlags'],
  summonses: ['caseId', 'summonsRef', 'suspectRef', 'court', 'district', 'issuedAt', 'returnDate', 'status', 'attempts', 'servedAt', 'daysOutstanding'],
  dppBacklog: ['caseId', 'district', 'form', 'submittedAt', 'daysPending'],
  figureItems: ['caseId', 'eventId', 'occurredAt', 'recordedAt', 'leafIndex'],
  figureChanges: ['figure', 'before', 'after'],
  checkpoints: ['treeSize', 'rootHash', 'note', 'keyName', 'publicKey', 'verifierKey', 'signedAt'],
  flags: ['caseId', 'kind', 'ref', 'raisedAt', 'clearedAt', 'eventIds'],
  courtCalendar: ['date', 'court', 'caseId', 'suspectRef', 'kind'],
  claims: ['claimId', 'eventId', 'madeAt', 'madeBy', 'source', 'statement', 'recordedAt'],
} as const satisfies Record<string, readonly string[]>;
