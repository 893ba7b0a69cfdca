/** "2 Dec 2026, 08:10" for a stored `YYYY-MM-DDTHH:MM:SS` (UTC) time; "unknown" without one. */
export function loadedAtText(stamp: string | null): string {
  if (!stamp) return 'unknown';
  const date = new Date(`${stamp}Z`);
  if (Number.isNaN(date.getTime())) return stamp;
  return date.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}
