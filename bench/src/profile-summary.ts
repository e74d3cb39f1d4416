import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of a V8 `.cpuprofile` (`node --cpu-prof`) this summary reads. */
interface CpuProfile {
  readonly nodes: readonly { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Where a function's code lives: a package, a casetrail lib or app, Node itself, or V8's own entries. */
function ownerOf(url: string, functionName: string): string {
  if (!url) return `(${functionName || 'anonymous'})`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const ours = /\/((?:apps|libs)\/[^/]+)\//.exec(url);
  if (ours) return ours[1]!;
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  return url.split('/').slice(-2).join('/');
}

const functionOf = (frame: CpuProfile['nodes'][number]['callFrame']) =>
  `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\/(node_modules|apps|libs)\//, '$1/')}:${frame.lineNumber + 1}`;

/** Self time (ms) per key, each sample charged the time until the next one. */
function selfTimes(profile: CpuProfile, keyOf: (id: number) => string): Map<string, number> {
  const totals = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const key = keyOf(profile.samples[i]!);
    totals.set(key, (totals.get(key) ?? 0) + ms);
  }
  return totals;
}

function table(title: string, totals: Map<string, number>, wholeMs: number, top: number): string {
  const rows = [...totals].sort((a, b) => b[1] - a[1]).slice(0, top);
  const lines = rows.map(([key, ms]) => `${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / wholeMs).toFixed(1).padStart(5)} %  ${key}`);
  return `${title}\n${lines.join('\n')}\n`;
}

/** The summary of one profile: the whole time, then the top functions and owners by self time. */
export function summariseProfile(profile: CpuProfile, top = 25): string {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const frame = (id: number) => frames.get(id)!;
  const byFunction = selfTimes(profile, (id) => functionOf(frame(id)));
  const byOwner = selfTimes(profile, (id) => ownerOf(frame(id).url, frame(id).functionName));
  const wholeMs = [...byFunction.values()].reduce((a, b) => a + b, 0);
  return [
    `${(wholeMs / 1000).toFixed(1)} s profiled, ${profile.samples.length} samples`,
    table('by owner (self time)', byOwner, wholeMs, top),
    table('by function (self time)', byFunction, wholeMs, top),
  ].join('\n');
}

/** `node bench/dist/bench/src/profile-summary.js <file.cpuprofile | dir> [top]`: a directory means its newest profile. */
function main(): void {
  const [target, top] = process.argv.slice(2);
  if (!target) throw new Error('usage: profile-summary <file.cpuprofile | directory> [top]');
  const file = statSync(target).isDirectory()
    ? readdirSync(target).filter((name) => name.endsWith('.cpuprofile')).map((name) => join(target, name))
        .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]
    : target;
  if (!file) throw new Error(`no .cpuprofile in ${target}`);
  process.stdout.write(`${file}\n${summariseProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, Number(top ?? 25))}`);
}

if (require.main === module) main();
