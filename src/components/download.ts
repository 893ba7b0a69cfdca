/**
 * Saves text or a data URL as a file through the browser's own download (a Blob link): nothing
 * leaves the machine.
 */
export function download(fileName: string, content: string, type = 'text/csv;charset=utf-8'): void {
  const isDataUrl = content.startsWith('data:');
  const url = isDataUrl ? content : URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  if (!isDataUrl) setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves binary content (a .docx, a zip) through the browser's own download. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
