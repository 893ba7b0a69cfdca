import type { StatTerm } from './stat-glossary';
import { STAT_GLOSSARY } from './stat-glossary';

/** A closed "What does this mean?" note beside a statistic. */
export function StatHelp({ term }: { term: StatTerm }) {
  const entry = STAT_GLOSSARY[term];
  return (
    <details className="stat-help" data-testid={`stat-help-${term}`}>
      <summary>What does “{entry.title}” mean?</summary>
      <p>{entry.text}</p>
    </details>
  );
}
