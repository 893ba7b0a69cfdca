import type { InputFile } from '../../ingest/input-file';
import { blobInput } from '../../ingest/input-file';

// The parse worker needs the File itself (it is cloned to the worker without copying the bytes).
const blobs = new WeakMap<InputFile, Blob>();

/** A picked or dropped file as an input, remembering its Blob for the local extract flow. */
export function pickedInput(name: string, file: Blob): InputFile {
  const input = blobInput(name, file);
  blobs.set(input, file);
  return input;
}

/** A local extract waiting for the mapping form or a load. */
export interface LocalFile {
  name: string;
  file: Blob;
  /** Why it is not a police.uk street-level file (shown on the form). */
  why?: string;
}

/** The Blob behind an input made by `pickedInput` (null for zip entries and other inputs). */
export function localFileOf(input: InputFile): LocalFile | null {
  const file = blobs.get(input);
  return file ? { name: input.name, file } : null;
}
