import type { ReactNode } from 'react';

interface Props {
  /** What the box holds, read out when it takes focus, e.g. "Top cells". */
  label: string;
  className: string;
  children: ReactNode;
  testId?: string;
}

/**
 * A box that scrolls on its own (a long table, a document preview): a named region that takes
 * focus, so the keyboard can scroll it with the arrow keys even when nothing inside is focusable.
 */
export function ScrollRegion({ label, className, children, testId }: Props) {
  return (
    <div
      className={`${className} scroll-region`}
      role="region"
      aria-label={label}
      tabIndex={0}
      data-testid={testId}
    >
      {children}
    </div>
  );
}
