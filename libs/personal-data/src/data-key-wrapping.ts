import { open, seal } from './sealing';

/** A wrapped data key is bound to its person, so it cannot be moved to another subjectRef. */
const subjectAad = (subjectRef: string) => `subject:${subjectRef}`;

/** Encrypts a person's data key under a master key. */
export function wrapDataKey(masterKey: Buffer, dataKey: Buffer, subjectRef: string): Buffer {
  return Buffer.from(seal(masterKey, dataKey, subjectAad(subjectRef)), 'base64');
}

/** Opens what `wrapDataKey` made; throws when the master key or the subjectRef differs. */
export function unwrapDataKey(masterKey: Buffer, wrapped: Buffer, subjectRef: string): Buffer {
  return open(masterKey, wrapped.toString('base64'), subjectAad(subjectRef));
}

/** The same data key, wrapped under `newKey` instead of `oldKey`; the data it sealed is untouched. */
export function rewrapDataKey(oldKey: Buffer, newKey: Buffer, wrapped: Buffer, subjectRef: string): Buffer {
  const dataKey = unwrapDataKey(oldKey, wrapped, subjectRef);
  try {
    return wrapDataKey(newKey, dataKey, subjectRef);
  } finally {
    dataKey.fill(0);
  }
}
