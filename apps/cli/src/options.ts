import { Command, CommanderError, InvalidArgumentError } from 'commander';

/** A mistake in how a command was called: reported with its help text, exit code 2. */
export class UsageError extends Error {}

export interface ParsedOptions {
  readonly help: boolean;
  /** Every value given for each option, in order (only `repeatable` options may come more than once). */
  readonly values: ReadonlyMap<string, readonly string[]>;
  /** The switches given (options without a value). */
  readonly flags: ReadonlySet<string>;
}

export interface OptionNames {
  /** `--name value` options. */
  readonly values: readonly string[];
  readonly repeatable?: readonly string[];
  /** `--name` switches. */
  readonly flags?: readonly string[];
}

/** A command's options, parsed by commander: `--help`, the named options and switches, nothing else. */
export function parseOptions(args: readonly string[], names: OptionNames): ParsedOptions {
  const program = new Command()
    .exitOverride()
    .helpOption(false)
    .allowExcessArguments(false)
    .configureOutput({ writeErr: () => undefined, writeOut: () => undefined })
    .option('-h, --help');
  for (const name of names.values) {
    const repeatable = names.repeatable?.includes(name) ?? false;
    program.option(`--${name} <value>`, '', (value: string, previous: string[] | undefined) => {
      if (value.startsWith('--')) throw new InvalidArgumentError(`--${name} needs a value`);
      if (previous && !repeatable) throw new InvalidArgumentError(`--${name} may be given once`);
      return [...(previous ?? []), value];
    });
  }
  for (const flag of names.flags ?? []) program.option(`--${flag}`);
  try {
    program.parse([...args], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) throw new UsageError(error.message.replace(/^error: /, ''));
    throw error;
  }
  const parsed = program.opts<Record<string, string[] | boolean | undefined>>();
  const attribute = (name: string) => program.options.find((option) => option.long === `--${name}`)!.attributeName();
  return {
    help: parsed.help === true,
    values: new Map(names.values.filter((name) => parsed[attribute(name)]).map((name) => [name, parsed[attribute(name)] as string[]])),
    flags: new Set((names.flags ?? []).filter((flag) => parsed[attribute(flag)] === true)),
  };
}

/** The one value of an option, if given. */
export const single = (options: ParsedOptions, name: string): string | undefined => options.values.get(name)?.[0];

export function required(options: ParsedOptions, name: string): string {
  const value = single(options, name);
  if (value === undefined) throw new UsageError(`--${name} is required`);
  return value;
}
