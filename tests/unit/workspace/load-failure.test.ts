import { describe, expect, it } from 'vitest';
import { loadFailureReason } from '../../../src/ingest/load-failure';

describe('why a file could not be loaded', () => {
  it('tells a browser refusing storage apart from an unreadable file', () => {
    const refused = loadFailureReason(new Error('QuotaExceededError: storage quota exceeded'));
    expect(refused).toMatch(/^could not be saved: the browser refused more storage/);
    expect(refused).toContain('Nothing from this file was kept');
    expect(loadFailureReason(new Error('Invalid unicode byte sequence'))).toBe(
      'could not be read: Invalid unicode byte sequence',
    );
    expect(loadFailureReason('ENOSPC: no space left on device')).toMatch(/could not be saved/);
  });
});
