/** Ordnance Survey grid references: BNG metres → 'SK5212380456' (two letters + 10 figures). */

/** The two-letter 100 km square of a BNG point (e.g. 'SK'); letter I is never used. */
export function gridSquareLetters(easting: number, northing: number): string {
  const e100k = Math.floor(easting / 100000);
  const n100k = Math.floor(northing / 100000);
  if (e100k < 0 || e100k > 6 || n100k < 0 || n100k > 12) {
    throw new Error(`${easting},${northing} is outside the National Grid`);
  }
  let l1 = 19 - n100k - ((19 - n100k) % 5) + Math.floor((e100k + 10) / 5);
  let l2 = (((19 - n100k) * 5) % 25) + (e100k % 5);
  if (l1 > 7) l1++;
  if (l2 > 7) l2++;
  return String.fromCharCode(65 + l1) + String.fromCharCode(65 + l2);
}

/** A 1 m grid reference with letters: 452123, 380456 → 'SK5212380456'. */
export function lettered10Figure(easting: number, northing: number): string {
  const e = Math.round(easting);
  const n = Math.round(northing);
  const digits = (v: number): string => String(v % 100000).padStart(5, '0');
  return `${gridSquareLetters(e, n)}${digits(e)}${digits(n)}`;
}

/** A 12-figure all-numeric grid reference: 452123, 380456 → '452123 380456'. */
export function numeric12Figure(easting: number, northing: number): string {
  const pad = (v: number): string => String(Math.round(v)).padStart(6, '0');
  return `${pad(easting)} ${pad(northing)}`;
}
