/** A British National Grid position in metres. */
export interface GridPosition {
  easting: number;
  northing: number;
}

export type GridReferenceParse = { ok: true; value: GridPosition } | { ok: false; reason: string };

/** Grid letters run A–Z without I, in a 5 × 5 square. */
function letterIndex(letter: string): number {
  const code = letter.charCodeAt(0) - 65;
  return code > 7 ? code - 1 : code;
}

/**
 * The south-west corner of an OS 100 km square, e.g. `SK` → 400000, 300000. The first letter is
 * the 500 km square (S, T, N, O, H, J), the second the 100 km square inside it.
 */
export function gridSquareOrigin(letters: string): GridPosition | null {
  const upper = letters.toUpperCase();
  if (!/^[A-HJ-Z]{2}$/.test(upper)) return null;
  const first = letterIndex(upper[0] as string);
  const second = letterIndex(upper[1] as string);
  const e100 = ((((first - 2) % 5) + 5) % 5) * 5 + (second % 5);
  const n100 = 19 - Math.floor(first / 5) * 5 - Math.floor(second / 5);
  if (e100 < 0 || e100 > 6 || n100 < 0 || n100 > 12) return null;
  return { easting: e100 * 100_000, northing: n100 * 100_000 };
}

const LETTERED = /^([A-Za-z]{2})\s*(\d+(?:\.\d+)?)?\s*(\d+(?:\.\d+)?)?$/;
const NUMERIC_PAIR = /^(\d{5,7}(?:\.\d+)?)\s*[\s,/]\s*(\d{5,7}(?:\.\d+)?)$/;

/**
 * Reads a grid reference: 12-figure numeric (`452123 380456`, `452123,380456`, `452123380456`) or
 * lettered with 2–10 digits (`SK5212380456`, `SK 52123 80456`, `SK 521 804`). Lettered references
 * give the south-west corner of the square they name (e.g. `SK 521 804` → 100 m precision).
 */
export function parseGridReference(raw: string): GridReferenceParse {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'no grid reference' };
  const pair = NUMERIC_PAIR.exec(text);
  if (pair) return { ok: true, value: { easting: Number(pair[1]), northing: Number(pair[2]) } };
  if (/^\d{12}$/.test(text)) {
    return {
      ok: true,
      value: { easting: Number(text.slice(0, 6)), northing: Number(text.slice(6)) },
    };
  }
  const m = LETTERED.exec(text);
  if (!m) return { ok: false, reason: `grid reference "${text}" is not in a known form` };
  const origin = gridSquareOrigin(m[1] as string);
  if (!origin) return { ok: false, reason: `"${m[1]}" is not an OS grid square` };
  let eastDigits = m[2] ?? '';
  let northDigits = m[3] ?? '';
  if (northDigits === '' && eastDigits !== '') {
    if (eastDigits.length % 2 !== 0) {
      return { ok: false, reason: `grid reference "${text}" has an odd number of digits` };
    }
    northDigits = eastDigits.slice(eastDigits.length / 2);
    eastDigits = eastDigits.slice(0, eastDigits.length / 2);
  }
  const wholeE = eastDigits.split('.')[0] ?? '';
  const wholeN = northDigits.split('.')[0] ?? '';
  if (wholeE.length !== wholeN.length || wholeE.length > 5) {
    return {
      ok: false,
      reason: `grid reference "${text}" needs the same number of digits (up to 5) for easting and northing`,
    };
  }
  const scale = 10 ** (5 - wholeE.length);
  const easting = origin.easting + (eastDigits === '' ? 0 : Number(eastDigits) * scale);
  const northing = origin.northing + (northDigits === '' ? 0 : Number(northDigits) * scale);
  return { ok: true, value: { easting, northing } };
}
