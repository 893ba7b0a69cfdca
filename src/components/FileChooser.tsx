import { useRef } from 'react';

interface Props {
  /** The button's text, e.g. "Choose files…". */
  label: string;
  onFiles: (files: File[]) => void;
  accept?: string;
  multiple?: boolean;
  /** Pick a folder (every file under it) instead of files. */
  folder?: boolean;
  disabled?: boolean;
  /** The hidden input's test id, for tests that hand it files directly. */
  testId?: string;
}

/**
 * A real button that opens the browser's file (or folder) chooser, so the keyboard reaches it and
 * it shows focus like any button; the file input itself stays hidden and out of the tab order.
 * The input is cleared after each pick, so picking the same file again loads it again.
 */
export function FileChooser({
  label,
  onFiles,
  accept,
  multiple = false,
  folder = false,
  disabled = false,
  testId,
}: Props) {
  const input = useRef<HTMLInputElement>(null);
  const folderAttributes = folder ? { webkitdirectory: '' } : {};
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {label}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        data-testid={testId}
        {...folderAttributes}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          onFiles(files);
        }}
      />
    </>
  );
}
