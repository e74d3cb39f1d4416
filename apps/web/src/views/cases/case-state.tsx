import type { CaseAnswer } from '../../api/types';
import { DataTable } from '../../components/data-table';
import { strings, word } from '../../strings';

/** The case as the API folded it: its stage, the accused, victims (refs and attributes only) and summonses. */
export function CaseState({ answer }: { answer: CaseAnswer }) {
  const s = strings.cases;
  return (
    <section aria-label={s.stage} data-testid="case-state">
      <dl className="facts">
        <dt>{s.stage}</dt><dd data-testid="case-stage">{word(strings.words, answer.stage)}</dd>
        <dt>{s.form}</dt><dd>{word(strings.words, answer.form)}</dd>
        <dt>{s.district}</dt><dd>{word(strings.districts, answer.district)}</dd>
        <dt>{s.source}</dt><dd>{word(strings.words, answer.source)}</dd>
        <dt>{s.version}</dt><dd data-testid="case-version">{answer.version}</dd>
      </dl>
      {answer.accused.length > 0 && (
        <DataTable
          caption={s.accused}
          testId="accused-table"
          columns={[
            { header: s.suspectRef, cell: (a: CaseAnswer['accused'][number]) => a.suspectRef, rowHeader: true },
            { header: s.status, cell: (a) => word(strings.words, a.status) },
            { header: s.official, cell: (a) => (a.isGovernmentOfficial ? s.yes : s.no) },
          ]}
          rows={answer.accused}
          rowKey={(a) => a.suspectRef}
        />
      )}
      {answer.victims.length > 0 && (
        <DataTable
          caption={s.victims}
          columns={[
            { header: s.victimRef, cell: (v: CaseAnswer['victims'][number]) => v.victimRef, rowHeader: true },
            { header: s.sex, cell: (v) => word(strings.words, v.sex) },
            { header: s.ageGroup, cell: (v) => word(strings.words, v.ageGroup) },
            { header: s.nationality, cell: (v) => v.nationality },
          ]}
          rows={answer.victims}
          rowKey={(v) => v.victimRef}
        />
      )}
      {answer.summonses.length > 0 && (
        <DataTable
          caption={s.summonses}
          columns={[
            { header: s.summonsRef, cell: (m: CaseAnswer['summonses'][number]) => m.summonsRef, rowHeader: true },
            { header: s.suspectRef, cell: (m) => m.suspectRef },
            { header: s.court, cell: (m) => m.court },
            { header: s.returnDate, cell: (m) => m.returnDate },
            { header: s.status, cell: (m) => word(strings.status, m.status) },
          ]}
          rows={answer.summonses}
          rowKey={(m) => m.summonsRef}
        />
      )}
    </section>
  );
}
