import { useId, useState } from 'react';
import type { Attendance, AttendanceEntry } from '../../tasking/meeting-state';
import { INFORMATION_SHARING_REMINDER } from '../../tasking/pack/pack-model';
import { PARTNER_AGENCY_LIST, officerListId } from './action-text';
import type { MeetingContext } from './meeting-context';
import { meetingChanges } from './meeting-changes';

const CHOICES: { value: Attendance; label: string }[] = [
  { value: 'present', label: 'Present' },
  { value: 'apologies', label: 'Apologies' },
  { value: 'absent', label: 'Absent' },
];

/** Item 0: the information sharing reminder and attendance by agency, saved as it is marked. */
export function MeetingAttendance({ ctx }: { ctx: MeetingContext }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [extra, setExtra] = useState('');
  const ids = useId();
  const rows = ctx.meeting.attendance;
  const counts = CHOICES.map(
    (c) => `${rows.filter((r) => r.attendance === c.value).length} ${c.label.toLowerCase()}`,
  );

  async function record(entry: AttendanceEntry) {
    setProblem(null);
    try {
      await meetingChanges.attendance(ctx.month, entry);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <div className="meeting-attendance">
      <p className="meeting-lead">{INFORMATION_SHARING_REMINDER}</p>
      <p data-testid="attendance-counts">Attendance: {counts.join(', ')}.</p>
      <table className="meeting-table">
        <thead>
          <tr>
            <th scope="col">Agency</th>
            <th scope="col">Name</th>
            <th scope="col">Attendance</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <AttendanceRow
              key={row.agency}
              row={row}
              officers={officerListId(ctx.state.partners, row.agency)}
              readOnly={ctx.readOnly}
              onRecord={record}
            />
          ))}
        </tbody>
      </table>
      {!ctx.readOnly && (
        <form
          className="meeting-inline-form"
          aria-label="Another agency"
          onSubmit={(e) => {
            e.preventDefault();
            if (!extra.trim()) return;
            void record({ agency: extra, name: '', attendance: 'present' }).then(() =>
              setExtra(''),
            );
          }}
        >
          <label htmlFor={`${ids}-extra`}>
            Another agency present
            <input
              id={`${ids}-extra`}
              list={PARTNER_AGENCY_LIST}
              value={extra}
              onChange={(e) => setExtra(e.target.value)}
            />
          </label>
          <button type="submit">Add to attendance</button>
        </form>
      )}
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
    </div>
  );
}

interface RowProps {
  row: AttendanceEntry;
  officers: string | undefined;
  readOnly: boolean;
  onRecord: (entry: AttendanceEntry) => Promise<void>;
}

function AttendanceRow({ row, officers, readOnly, onRecord }: RowProps) {
  const [name, setName] = useState(row.name);
  const ids = useId();
  return (
    <tr data-agency={row.agency}>
      <th scope="row" id={`${ids}-agency`}>
        {row.agency}
      </th>
      <td>
        {readOnly ? (
          row.name
        ) : (
          <input
            aria-label={`Name for ${row.agency}`}
            list={officers}
            value={name}
            onChange={(e) => setName(e.target.value)}
            onBlur={() => {
              if (name.trim() !== row.name) void onRecord({ ...row, name });
            }}
          />
        )}
      </td>
      <td>
        {readOnly ? (
          CHOICES.find((c) => c.value === row.attendance)?.label
        ) : (
          <div role="radiogroup" aria-labelledby={`${ids}-agency`} className="attendance-choices">
            {CHOICES.map((c) => (
              <label key={c.value} className="check">
                <input
                  type="radio"
                  name={`${ids}-attendance`}
                  value={c.value}
                  checked={row.attendance === c.value}
                  onChange={() => void onRecord({ ...row, name, attendance: c.value })}
                />{' '}
                {c.label}
              </label>
            ))}
          </div>
        )}
      </td>
    </tr>
  );
}
