import { DEFAULT_PARTNERS } from './meeting-state';

/**
 * A step that turns a parsed state file of version v (the key) into version v + 1. Each works on
 * plain JSON (`unknown`): the shape of old versions is not kept as types.
 */
export type TaskingStateMigration = (old: unknown) => unknown;

/**
 * Migrations by the version they start from; every file older than the build is walked up one
 * version at a time. Version 2 added the meeting record (action log, partners, meetings, board
 * escalations): a version 1 file gets an empty one and the default partner directory.
 */
export const migrations: Record<number, TaskingStateMigration> = {
  1: (v1) => ({
    ...(v1 as Record<string, unknown>),
    actions: [],
    nextActionNumber: 1,
    partners: DEFAULT_PARTNERS.map((p) => ({ agency: p.agency, officers: [...p.officers] })),
    meetings: [],
    escalations: [],
    nextEscalationNumber: 1,
  }),
};

/** Result of walking a file up to the current version, or why it could not be. */
export type MigrationResult = { ok: true; value: unknown } | { ok: false; message: string };

/** Applies the migrations from `from` up to `to`, each setting the next `version` number. */
export function migrateTaskingState(
  value: unknown,
  from: number,
  to: number,
  table: Record<number, TaskingStateMigration> = migrations,
): MigrationResult {
  let current = value;
  for (let version = from; version < to; version++) {
    const step = table[version];
    if (!step)
      return {
        ok: false,
        message: `This file is tasking state version ${from}; this build reads version ${to} and cannot convert version ${version}.`,
      };
    try {
      current = step(current);
    } catch (error) {
      return {
        ok: false,
        message: `Converting the file from version ${version} to ${version + 1} failed: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    if (typeof current === 'object' && current !== null)
      current = { ...(current as Record<string, unknown>), version: version + 1 };
  }
  return { ok: true, value: current };
}
