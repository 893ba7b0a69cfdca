import { useState } from 'react';
import { downloadBlob } from '../../components/download';
import type { MinutesVersion } from '../../tasking/minutes/minutes-model';
import { buildMinutes } from '../../tasking/minutes/minutes-model';
import { minutesDocx } from '../../tasking/minutes/minutes-docx';
import type { TaskingState } from '../../tasking/tasking-state';
import { openMinutesPage } from './minutes-url';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The minutes of a closed meeting: the printable page and the .docx, open and restricted. */
export function MinutesButtons({ state, month }: { state: TaskingState; month: string }) {
  const [problem, setProblem] = useState<string | null>(null);

  async function docx(version: MinutesVersion) {
    setProblem(null);
    try {
      const minutes = buildMinutes({ state, month, version, generatedAt: new Date() });
      const bytes = await minutesDocx(minutes);
      const suffix = version === 'restricted' ? '-restricted' : '';
      downloadBlob(`minutes-${month}${suffix}.docx`, new Blob([bytes.slice()], { type: DOCX }));
    } catch (error) {
      setProblem(
        `The minutes could not be made: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  return (
    <div className="minutes-buttons">
      <h3>Minutes</h3>
      <div className="form-buttons" role="group" aria-label="Minutes">
        <button type="button" onClick={() => openMinutesPage(month, 'open')}>
          Print minutes…
        </button>
        <button type="button" onClick={() => void docx('open')}>
          Download minutes (.docx)
        </button>
        <button type="button" onClick={() => openMinutesPage(month, 'restricted')}>
          Print restricted minutes…
        </button>
        <button type="button" onClick={() => void docx('restricted')}>
          Download restricted minutes (.docx)
        </button>
      </div>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
    </div>
  );
}
