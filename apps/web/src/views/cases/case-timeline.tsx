import { Fragment, useState } from 'react';
import type { TimelineAnswer, TimelineEvent } from '../../api/types';
import { TimelineLanes } from '../../charts/timeline-lanes';
import { fromLocalInput, lesothoTime } from '../../components/dates';
import { strings, word } from '../../strings';
import { accusedOf, eventLabel, LANES, laneOf } from './lanes';
import { InclusionPanel } from './inclusion-panel';
import type { TimeTravel } from './time-travel';

/** Whether the time-travelled view folds this event (the API decides the state; this only dims the rest). */
function included(event: TimelineEvent, travel: TimeTravel): boolean {
  const asOf = fromLocalInput(travel.asOf);
  const knownAt = fromLocalInput(travel.knownAt);
  return (
    (travel.version === null || event.version <= travel.version) &&
    (asOf === null || Date.parse(event.occurredAt) <= Date.parse(asOf)) &&
    (knownAt === null || Date.parse(event.recordedAt) <= Date.parse(knownAt))
  );
}

/** The case's events: a chart per accused (stages as lanes), then every event with its corrections beside it. */
export function CaseTimeline({ timeline, travel }: { timeline: TimelineAnswer; travel: TimeTravel }) {
  const s = strings.cases;
  const [proving, setProving] = useState<string | null>(null);
  const accused = accusedOf(timeline.events);
  const refs = [...new Set([...accused.values()].filter((r): r is string => r !== null))];
  const lanes = LANES.map((key) => ({ key, label: strings.stages[key] }));
  const chartOf = (ref: string | null) => (
    <TimelineLanes
      key={ref ?? 'case'}
      title={ref ? `${s.accused} ${ref}` : s.wholeCase}
      description={s.timelineExplain}
      lanes={lanes}
      columns={{ when: s.occurredAt, lane: s.lanes, event: s.event }}
      events={timeline.events
        .filter((e) => e.type !== 'EventCorrected' && (accused.get(e.eventId) === null || accused.get(e.eventId) === ref))
        .map((e) => ({
          id: e.eventId,
          lane: laneOf(e.type),
          at: e.occurredAt,
          label: eventLabel(e.type),
          corrected: e.correctedBy.length > 0,
          included: included(e, travel),
        }))}
    />
  );
  return (
    <section aria-labelledby="timeline-heading" data-testid="timeline">
      <h2 id="timeline-heading">{s.timeline}</h2>
      <p className="hint">{s.timelineExplain}</p>
      {refs.length > 0 ? refs.map(chartOf) : chartOf(null)}
      <div className="table-scroll" role="region" aria-label={s.timeline} tabIndex={0}>
        <table data-testid="timeline-table">
          <caption>{s.timeline}</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">{s.version}</th>
              <th scope="col">{s.event}</th>
              <th scope="col">{s.occurredAt}</th>
              <th scope="col">{s.recordedAt}</th>
              <th scope="col">{s.actor}</th>
              <th scope="col">{s.correctedBy}</th>
              <th scope="col"><span className="visually-hidden">{s.prove}</span></th>
            </tr>
          </thead>
          <tbody>
            {timeline.events.map((e) => (
              <Fragment key={e.eventId}>
                <tr data-event-id={e.eventId} className={included(e, travel) ? undefined : 'excluded'}>
                  <td className="numeric">{e.version}</td>
                  <th scope="row">
                    {eventLabel(e.type)}
                    {e.type === 'EventCorrected' && <span className="hint"> ({s.correctionOf})</span>}
                  </th>
                  <td>{lesothoTime(e.occurredAt)}</td>
                  <td>{lesothoTime(e.recordedAt)}</td>
                  <td>{word(strings.roles, e.actor.role)}</td>
                  <td>
                    {e.correctedBy.map((c) => (
                      <span key={c.eventId} className="correction">{s.correction(lesothoTime(c.recordedAt), String(c.reason ?? ''))}</span>
                    ))}
                  </td>
                  <td>
                    <button type="button" onClick={() => setProving(proving === e.eventId ? null : e.eventId)} aria-expanded={proving === e.eventId}>
                      {s.prove}
                    </button>
                  </td>
                </tr>
                {proving === e.eventId && (
                  <tr className="proof-row">
                    <td colSpan={7}><InclusionPanel eventId={e.eventId} /></td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
