/**
 * A short fingerprint (FNV-1a, 8 hex digits) of a repeat location's key. The key can hold an
 * address and exact coordinates, so the address carries this instead; the same data gives the
 * same fingerprint on a colleague's machine.
 */
export function placeId(key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
