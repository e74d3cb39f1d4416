/** The tree this tab saw last (size and root, nothing else): sessionStorage, so it ends with the tab. */
const KEY = 'casetrail:last-checkpoint';

export interface SeenTree {
  readonly treeSize: number;
  readonly rootHash: string;
}

export function lastSeenTree(): SeenTree | null {
  try {
    const seen = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as SeenTree | null;
    return seen && Number.isSafeInteger(seen.treeSize) && typeof seen.rootHash === 'string' ? seen : null;
  } catch {
    return null;
  }
}

export function rememberTree(tree: SeenTree): void {
  sessionStorage.setItem(KEY, JSON.stringify({ treeSize: tree.treeSize, rootHash: tree.rootHash }));
}
