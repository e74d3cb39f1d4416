/** What every command carries besides its data. */
export type CommandMetadata = Readonly<{
  /** The server's current time (ISO 8601); `decide` never reads a clock of its own. */
  now: string;
}>;

/** A command: an imperative `type`, its data (field names as in the HTTP body) and metadata. */
export type DomainCommand<Type extends string, Data> = {
  readonly type: Type;
  readonly data: Data;
  readonly metadata: CommandMetadata;
};
