import type { CodeMapping } from './code-mapping';
import { codeMappingProblems } from './code-mapping';
import type { ColumnMapping } from './column-mapping';
import { COLUMN_ROLES, headerSignature } from './column-mapping';

/** One JSON file holding saved column mappings and code mappings (see README.md in this folder). */
export interface LocalMappingsFile {
  kind: 'csp-local-mappings';
  version: 1;
  columnMappings: ColumnMapping[];
  codeMappings: CodeMapping[];
}

const DATE_CHOICES = ['auto', 'day-first', 'month-first', 'iso', 'excel-serial'];

/** Bundles mappings for saving or sharing. */
export function localMappingsFile(
  columnMappings: readonly ColumnMapping[],
  codeMappings: readonly CodeMapping[],
): LocalMappingsFile {
  return {
    kind: 'csp-local-mappings',
    version: 1,
    columnMappings: [...columnMappings],
    codeMappings: [...codeMappings],
  };
}

/** Serialises mappings as pretty JSON. */
export function mappingsToJson(file: LocalMappingsFile): string {
  return JSON.stringify(file, null, 2) + '\n';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkColumnMapping(value: unknown, at: string, problems: string[]): ColumnMapping | null {
  if (!isRecord(value)) return (problems.push(`${at}: not an object`), null);
  const { name, source, columns, dateFormat } = value;
  if (typeof name !== 'string' || name === '') problems.push(`${at}: "name" must be text`);
  if (typeof source !== 'string' || source === '') problems.push(`${at}: "source" must be text`);
  if (!isRecord(columns))
    return (problems.push(`${at}: "columns" must map roles to column names`), null);
  for (const [role, column] of Object.entries(columns)) {
    if (!(COLUMN_ROLES as readonly string[]).includes(role))
      problems.push(`${at}: unknown role "${role}" (roles: ${COLUMN_ROLES.join(', ')})`);
    if (typeof column !== 'string') problems.push(`${at}: column for ${role} must be text`);
  }
  if (dateFormat !== undefined && !DATE_CHOICES.includes(String(dateFormat))) {
    problems.push(`${at}: "dateFormat" must be one of ${DATE_CHOICES.join(', ')}`);
  }
  const header = Array.isArray(value.header) ? value.header.map(String) : [];
  const signature =
    typeof value.headerSignature === 'string' ? value.headerSignature : headerSignature(header);
  if (signature === '')
    problems.push(`${at}: needs "header" (the file's column names) or "headerSignature"`);
  return {
    ...(value as unknown as ColumnMapping),
    header,
    headerSignature: signature,
    dateFormat: (dateFormat ?? 'auto') as ColumnMapping['dateFormat'],
  };
}

function checkCodeMapping(value: unknown, at: string, problems: string[]): CodeMapping | null {
  if (!isRecord(value) || typeof value.name !== 'string' || !isRecord(value.codes)) {
    problems.push(`${at}: needs "name", "source" and "codes" (code → {"category": id})`);
    return null;
  }
  const mapping: CodeMapping = {
    name: value.name,
    source: typeof value.source === 'string' ? value.source : '',
    codes: { ...(value.codes as CodeMapping['codes']) },
  };
  for (const [code, target] of Object.entries(value.codes)) {
    if (typeof target === 'string') mapping.codes[code] = { category: target };
    else if (!isRecord(target)) problems.push(`${at}: code "${code}" must map to {"category": id}`);
  }
  problems.push(...codeMappingProblems(mapping).map((p) => `${at}: ${p}`));
  return mapping;
}

/**
 * Reads a mappings JSON file, checking every field; throws an Error listing all problems.
 * `headerSignature` is computed from `header` when a hand-written file leaves it out, and a code
 * may map straight to a category id (`"Fly tipping": "asb-environmental"`).
 */
export function parseMappingsJson(text: string): LocalMappingsFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `the mappings file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
  if (!isRecord(data)) throw new Error('the mappings file must hold a JSON object');
  const problems: string[] = [];
  const columnMappings = (Array.isArray(data.columnMappings) ? data.columnMappings : [])
    .map((m, i) => checkColumnMapping(m, `columnMappings[${i}]`, problems))
    .filter((m): m is ColumnMapping => m !== null);
  const codeMappings = (Array.isArray(data.codeMappings) ? data.codeMappings : [])
    .map((m, i) => checkCodeMapping(m, `codeMappings[${i}]`, problems))
    .filter((m): m is CodeMapping => m !== null);
  if (problems.length > 0)
    throw new Error(`the mappings file has problems:\n  ${problems.join('\n  ')}`);
  return localMappingsFile(columnMappings, codeMappings);
}
