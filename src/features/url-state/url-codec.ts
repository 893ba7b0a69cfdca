/** A parameter of the link that was not understood and so had no effect. */
export interface IgnoredParam {
  key: string;
  value: string;
}

/** What a codec read from the address, and what it had to ignore. */
export interface Parsed<T> {
  value: T;
  ignored: IgnoredParam[];
}

/**
 * One piece of view state in the address: its query keys, how to read it (tolerantly: a value
 * it cannot use falls back to the default and is reported) and how to write it, leaving out
 * defaults so that links stay short.
 */
export interface UrlCodec<T> {
  keys: readonly string[];
  parse: (params: URLSearchParams) => Parsed<T>;
  /** Sets this codec's keys (and only those) to `value`; defaults are removed. */
  write: (value: T, params: URLSearchParams) => void;
}

/** Reads one key with `read` (undefined = not usable), recording an unusable value. */
export function readParam<T>(
  params: URLSearchParams,
  key: string,
  read: (text: string) => T | undefined,
  fallback: T,
  ignored: IgnoredParam[],
): T {
  const text = params.get(key);
  if (text === null) return fallback;
  const value = read(text);
  if (value === undefined) {
    ignored.push({ key, value: text });
    return fallback;
  }
  return value;
}

/** Reads a key that may repeat, keeping the usable values in order without duplicates. */
export function readList(
  params: URLSearchParams,
  key: string,
  usable: (text: string) => boolean,
  ignored: IgnoredParam[],
): string[] {
  const values: string[] = [];
  for (const text of params.getAll(key)) {
    if (!usable(text)) ignored.push({ key, value: text });
    else if (!values.includes(text)) values.push(text);
  }
  return values;
}

/** Sets `key` to `text`, or removes it when the value is the default (null). */
export function writeParam(params: URLSearchParams, key: string, text: string | null): void {
  if (text === null) params.delete(key);
  else params.set(key, text);
}

/** Replaces every `key` with one entry per value. */
export function writeList(params: URLSearchParams, key: string, values: readonly string[]): void {
  params.delete(key);
  for (const value of values) params.append(key, value);
}

/** A reader accepting only the listed texts. */
export const oneOf =
  <const T extends string>(allowed: readonly T[]) =>
  (text: string): T | undefined =>
    allowed.find((a) => a === text);

/** A reader accepting only numbers from the list. */
export const numberOf =
  (allowed: readonly number[]) =>
  (text: string): number | undefined =>
    allowed.find((a) => String(a) === text || (text.trim() !== '' && a === Number(text)));

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A reader for a calendar month, YYYY-MM. */
export const month = (text: string): string | undefined => (MONTH.test(text) ? text : undefined);

/** A reader for any non-empty text. */
export const nonEmpty = (text: string): string | undefined => (text.trim() ? text : undefined);
