/** A key setting or the keys folder is wrong; the message names the variable, the file or both ids. */
export class KeyConfigurationError extends Error {
  override readonly name = 'KeyConfigurationError';
}

/**
 * A person's data key is under an epoch this service cannot open: its key file is gone, or it is wrapped by
 * a key-encryption key the service was not given. Nothing of the person's data may be shown.
 */
export class DataKeyUnavailableError extends Error {
  override readonly name = 'DataKeyUnavailableError';

  constructor(
    readonly subjectRef: string,
    readonly epochId: string | null,
    readonly reason: 'epoch key destroyed' | 'key-encryption key not given',
    readonly kekId: string | null = null,
  ) {
    super(`the data key of ${subjectRef} cannot be opened: ${reason}`);
  }
}
