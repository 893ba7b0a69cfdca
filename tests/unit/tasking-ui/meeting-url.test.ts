import { describe, expect, it } from 'vitest';
import { MEETING_URL } from '../../../src/features/tasking/meeting-url';
import { readableSearch } from '../../../src/features/url-state/url-location';
import { VIEW_URL } from '../../../src/features/view-url';

describe('meeting mode in the address', () => {
  it('is its own view, naming the month and the agenda item on screen', () => {
    const params = new URLSearchParams();
    VIEW_URL.write('meeting', params);
    MEETING_URL.write({ month: '2025-11', item: 3 }, params);
    expect(readableSearch(params)).toBe('?view=meeting&meeting=2025-11&item=3');
    expect(VIEW_URL.parse(params).value).toBe('meeting');
    expect(MEETING_URL.parse(params)).toEqual({
      value: { month: '2025-11', item: 3 },
      ignored: [],
    });
  });

  it('leaves out the first item, and ignores (and reports) an item outside the agenda 0–8', () => {
    const params = new URLSearchParams();
    MEETING_URL.write({ month: '2025-11', item: 0 }, params);
    expect(readableSearch(params)).toBe('?meeting=2025-11');
    const parsed = MEETING_URL.parse(new URLSearchParams('meeting=2025-13&item=9'));
    expect(parsed.value).toEqual({ month: null, item: 0 });
    expect(parsed.ignored).toEqual([
      { key: 'meeting', value: '2025-13' },
      { key: 'item', value: '9' },
    ]);
  });
});
