import { wrapDataKey } from './data-key-wrapping';

/**
 * A new person's data key between sealing their fields and storing the key in the command's transaction.
 * It is wrapped only then, under the epoch active at that moment, so a turnover in between cannot strand it.
 * The key itself is never enumerable, serialised or logged.
 */
export class PendingSubjectKey {
  readonly #dataKey: Buffer;

  constructor(
    readonly subjectRef: string,
    dataKey: Buffer,
  ) {
    this.#dataKey = Buffer.from(dataKey);
  }

  /** The data key wrapped by `epochKey`, bound to the person. */
  wrapUnder(epochKey: Buffer): Buffer {
    return wrapDataKey(epochKey, this.#dataKey, this.subjectRef);
  }

  /** Called once stored (or abandoned): the plain key leaves memory. */
  forget(): void {
    this.#dataKey.fill(0);
  }

  toJSON(): { subjectRef: string } {
    return { subjectRef: this.subjectRef };
  }
}
