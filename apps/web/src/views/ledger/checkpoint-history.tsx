import type { HistoricCheckpoint } from '../../api/list-types';
import { DataTable } from '../../components/data-table';
import { lesothoTime } from '../../components/dates';
import { LoadedView } from '../../components/loaded-view';
import { strings } from '../../strings';
import { useLatestCheckpoints } from './latest-checkpoints';

/** The latest signed checkpoints, each with the witnesses that cosigned it. */
export function CheckpointHistory({ treeSize }: { treeSize: number }) {
  const latest = useLatestCheckpoints(treeSize);
  const s = strings.checkpoints;
  return (
    <section>
      <h2>{s.heading}</h2>
      <LoadedView loaded={latest}>
        {(checkpoints) => (
          <DataTable
            caption={s.caption}
            testId="checkpoints-table"
            columns={[
              { header: s.treeSize, cell: (c: HistoricCheckpoint) => <span data-value={c.treeSize}>{c.treeSize.toLocaleString('en')}</span>, rowHeader: true },
              { header: s.signedAt, cell: (c) => lesothoTime(c.signedAt) },
              { header: s.rootHash, cell: (c) => <code className="hash">{c.rootHash}</code> },
              {
                header: s.witnesses,
                cell: (c) => (c.cosignatures.length === 0 ? s.noWitness : (
                  <ul className="cosignatures">
                    {c.cosignatures.map((w) => <li key={w.keyId} data-witness={w.name}>{s.cosigned(w.name, lesothoTime(w.cosignedAt))}</li>)}
                  </ul>
                )),
              },
            ]}
            rows={checkpoints}
            rowKey={(c) => `${c.treeSize}/${c.signedAt}`}
          />
        )}
      </LoadedView>
    </section>
  );
}
