import type { KeyboardEvent } from 'react';

/**
 * Props for a table row that opens something (a cell, a place, an area): a click, or Enter or
 * Space on the focused row, opens it; every such row is a tab stop with a visible ring.
 */
export function openingRow(open: () => void) {
  return {
    tabIndex: 0,
    onClick: open,
    onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>) => {
      if (event.target !== event.currentTarget) return;
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      open();
    },
  };
}
