import { FLAG_KINDS, type FlagsAnswer } from '../../api/types';
import { Count } from '../../components/count';
import { DataTable } from '../../components/data-table';
import { lesothoDay } from '../../components/dates';
import { strings, word } from '../../strings';

/** A donor's view: how many flags of each kind are open, withheld counts said as such (never 0). */
export function FlagCounts({ answer }: { answer: FlagsAnswer }) {
  const s = strings.flags;
  const shownFrom = answer.disclosure?.shownFrom;
  return (
    <>
      <DataTable
        caption={s.counts}
        testId="flag-counts"
        columns={[
          { header: s.kind, cell: (kind: string) => word(strings.flagKinds, kind), rowHeader: true },
          {
            header: strings.workLists.total,
            cell: (kind) => <span data-kind={kind}><Count value={answer.counts?.[kind as keyof typeof answer.counts]} suppressedBelow={shownFrom} /></span>,
            numeric: true,
          },
        ]}
        rows={FLAG_KINDS}
        rowKey={(kind) => kind}
      />
      {answer.disclosure && <p className="hint">{strings.report.suppressedNote(answer.disclosure.roundedTo, answer.disclosure.shownFrom)}</p>}
      <p className="hint">{strings.workLists.asOf(lesothoDay(answer.asOf))}</p>
    </>
  );
}
