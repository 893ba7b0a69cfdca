import { csvText } from '../ingest/local/cell-safety';

/** What an exported table or picture shows: enough to read it cold, away from the app. */
export interface ExportContext {
  title: string;
  /** e.g. "2025-01 to 2025-12 (12 months with data)". */
  period: string;
  /** e.g. "Chesterfield" or "All areas loaded"; a study area where one was used. */
  area: string;
  sources: string;
  /** Categories and method settings, in words. */
  filters: string;
}

/** The context as label–value pairs, in the order a reader wants them. */
export function exportContextRows(context: ExportContext, exportedAt: Date): [string, string][] {
  return [
    [context.title, ''],
    ['Period', context.period],
    ['Area', context.area],
    ['Sources', context.sources],
    ['Filters', context.filters],
    ['Exported', exportedAt.toISOString().slice(0, 16).replace('T', ' ') + ' UTC'],
  ];
}

/** The context as the lines written under an exported picture. */
export function exportContextLines(context: ExportContext): string[] {
  return [
    context.title,
    `${context.period} · ${context.area}`,
    `Sources: ${context.sources} · ${context.filters}`,
  ];
}

/**
 * A CSV whose first lines say what it holds (title, period, area, sources, filters, when
 * exported), then a blank line, then the table. Every field is formula-safe (`csvText`).
 */
export function csvWithContext(
  context: ExportContext,
  table: readonly (readonly (string | number | null)[])[],
  exportedAt = new Date(),
): string {
  return csvText([...exportContextRows(context, exportedAt), [], ...table]);
}
