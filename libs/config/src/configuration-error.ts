/** A setting is missing or malformed; the message names the variable. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}
