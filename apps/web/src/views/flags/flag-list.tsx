import type { FlagsAnswer, RedFlagItem } from '../../api/types';
import { DataTable } from '../../components/data-table';
import { lesothoDay } from '../../components/dates';
import { strings, word } from '../../strings';
import { CaseLink } from '../work-lists/case-link';

/** The page asks for one page of this size; the filters narrow it. */
export const FLAG_LIST_LIMIT = 100;

/** Flags, latest raised first: each names its case, what it is about, and when it was raised and cleared. */
export function FlagList({ answer }: { answer: FlagsAnswer }) {
  const s = strings.flags;
  const items = answer.items ?? [];
  return (
    <>
      <DataTable
        caption={s.list}
        testId="flags-table"
        columns={[
          { header: s.kind, cell: (flag: RedFlagItem) => <span data-kind={flag.kind}>{word(strings.flagKinds, flag.kind)}</span>, rowHeader: true },
          { header: s.case, cell: (flag) => <CaseLink caseId={flag.caseId} /> },
          { header: s.ref, cell: (flag) => flag.ref ?? '–' },
          { header: s.raisedAt, cell: (flag) => lesothoDay(flag.raisedAt) },
          { header: s.clearedAt, cell: (flag) => (flag.clearedAt ? lesothoDay(flag.clearedAt) : s.open) },
        ]}
        rows={items}
        rowKey={(flag) => `${flag.caseId}/${flag.kind}/${flag.ref ?? ''}/${flag.raisedAt}`}
        rowClass={(flag) => (flag.clearedAt ? undefined : 'open-flag')}
      />
      {items.length === 0 && <p className="hint">{strings.workLists.none}</p>}
      {answer.nextCursor && <p className="hint">{s.more}</p>}
      <p className="hint">{strings.workLists.asOf(lesothoDay(answer.asOf))}</p>
    </>
  );
}
