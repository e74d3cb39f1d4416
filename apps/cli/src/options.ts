/** `--name value` pairs and `--help`; anything else is refused. */
export function parseOptions(
  args: string[],
  allowed: string[],
): { help: boolean; values: Partial<Record<string, string>> } {
  const values: Record<string, string> = {};
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    const name = arg.startsWith('--') ? arg.slice(2) : '';
    const value = args[i + 1];
    if (!allowed.includes(name) || value === undefined || value.startsWith('--')) {
      throw new Error(`unexpected argument: ${arg}`);
    }
    values[name] = value;
    i++;
  }
  return { help, values };
}
