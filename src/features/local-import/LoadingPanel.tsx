import { useLoadProgress } from './load-progress-store';

interface Props {
  fileName: string;
  mappingName: string;
  onCancel: () => void;
}

/** A local load's progress bar (by bytes, per pass over the file) with rows typed and Cancel. */
export function LoadingPanel({ fileName, mappingName, onCancel }: Props) {
  const progress = useLoadProgress();
  const what =
    progress.pass < progress.passes ? 'checking the file (encoding, date format)' : 'loading rows';
  return (
    <section className="panel local-form" role="status" data-testid="local-loading">
      <h2>Loading {fileName}</h2>
      <p>
        With the mapping “{mappingName}”, pass {progress.pass} of {progress.passes}: {what};{' '}
        {progress.rows.toLocaleString('en-GB')} rows typed so far. The file is read in a background
        worker: the page stays usable.
      </p>
      <progress max={1} value={progress.fraction} aria-label="Local extract loading progress" />
      <button type="button" onClick={onCancel} data-testid="cancel-local">
        Cancel
      </button>
    </section>
  );
}
