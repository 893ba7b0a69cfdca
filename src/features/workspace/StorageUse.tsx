import { formatBytes } from './format-bytes';

interface Props {
  files: { name: string; bytes: number }[];
  estimate: { usage: number; quota: number } | null;
}

/** The workspace's files on disk and what the browser says this site uses of its quota. */
export function StorageUse({ files, estimate }: Props) {
  const total = files.reduce((n, f) => n + f.bytes, 0);
  return (
    <div className="storage-use" data-testid="storage-use">
      <p>
        On disk: <strong>{formatBytes(total)}</strong> in {files.length} file
        {files.length === 1 ? '' : 's'}
        {files.length > 0 &&
          ` (${files.map((f) => `${f.name} ${formatBytes(f.bytes)}`).join(', ')})`}
        .
      </p>
      {estimate && (
        <p>
          The browser counts {formatBytes(estimate.usage)} used by this site, of{' '}
          {formatBytes(estimate.quota)} it allows.
        </p>
      )}
    </div>
  );
}
