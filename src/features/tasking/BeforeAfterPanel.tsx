import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { EChart } from '../../components/EChart';
import { useDatabase } from '../../db/database-context';
import type { IncidentFilter } from '../../sql/filters';
import type { ZoneCounts } from '../../tasking/before-after';
import { rateRatioText } from '../../tasking/rate-ratio';
import type { Target } from '../../tasking/tasking-state';
import { placeMonthlyOption } from './candidate-chart-option';
import { STAT_HELP } from './stat-help';
import { targetBeforeAfterQuery } from '../../queries/tasking';
import type { StudyAreaInput } from '../../reports/hotspots/study-area';

interface Props {
  target: Target;
  month: string;
  bufferMetres: number;
  filter: IncidentFilter;
  studyArea: StudyAreaInput | null;
}

/** The zone's rate ratio; with none before, the lower bound in words. */
const ratio = (z: ZoneCounts) => rateRatioText(z.rateRatio);

/** "Diffusion of benefit": the WDQ's reading in words (DOMAIN.md). */
function wdqText(wdq: number | null): string {
  if (wdq === null) return 'Not meaningful here (see the caveats).';
  const value = wdq.toFixed(2);
  if (wdq > 0) return `${value}: diffusion of benefit, the buffer improved as well.`;
  if (wdq > -1) return `${value}: some displacement into the buffer, less than the gain.`;
  return `${value}: displacement larger than the gain.`;
}

/** A target's incidents since tasking against the same-length period before, with displacement. */
export function BeforeAfterPanel({ target, month, bufferMetres, filter, studyArea }: Props) {
  const { db, version } = useDatabase();
  const query = useQuery(
    targetBeforeAfterQuery(db, version, target, month, bufferMetres, filter, studyArea),
  );
  const record = query.data;
  const option = useMemo(
    () => (record ? placeMonthlyOption(record.monthly, record.afterMonths) : null),
    [record],
  );
  if (!target.taskedMonth)
    return <p className="muted">Before/after starts once the target is tasked.</p>;
  if (query.error)
    return (
      <p className="error" role="alert">
        The before/after record could not be computed: {String(query.error)}
      </p>
    );
  if (!record) return <p className="muted">Counting before and after…</p>;
  const zones: [string, ZoneCounts, string][] = [
    ['Target', record.target, 'The target itself.'],
    [`Buffer (${record.buffer.widthMetres} m ring)`, record.buffer, STAT_HELP.buffer],
    ['Control (rest of the area)', record.control, STAT_HELP.control],
  ];
  return (
    <div className="before-after" data-testid="before-after">
      <table className="table tasking-table">
        <caption>
          Before/after: {monthCount(record.beforeMonths.length)} before against{' '}
          {monthCount(record.afterMonths.length)} since tasked ({record.taskedMonth})
        </caption>
        <thead>
          <tr>
            <th scope="col">Zone</th>
            <th scope="col" className="num">
              Before
            </th>
            <th scope="col" className="num">
              After
            </th>
            <th scope="col">Rate ratio (95% CI)</th>
          </tr>
        </thead>
        <tbody>
          {zones.map(([name, zone, help]) => (
            <tr key={name}>
              <th scope="row" title={help}>
                {name}
              </th>
              <td className="num">{zone.before}</td>
              <td className="num">{zone.after}</td>
              <td>{ratio(zone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <strong>Weighted Displacement Quotient:</strong> {wdqText(record.wdq)}
      </p>
      {option && record.monthly.length > 0 && (
        <EChart option={option} testId={`before-after-chart-${target.id}`} height={110} />
      )}
      {record.caveats.length > 0 && (
        <>
          <h4>Caveats</h4>
          <ul>
            {record.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
      <details className="help">
        <summary>What these figures mean</summary>
        <dl>
          <dt>Rate ratio</dt>
          <dd>{STAT_HELP.rateRatio}</dd>
          <dt>Buffer</dt>
          <dd>{STAT_HELP.buffer}</dd>
          <dt>Control</dt>
          <dd>{STAT_HELP.control}</dd>
          <dt>WDQ</dt>
          <dd>{STAT_HELP.wdq}</dd>
        </dl>
      </details>
    </div>
  );
}

function monthCount(n: number): string {
  return `${n} ${n === 1 ? 'month' : 'months'}`;
}
