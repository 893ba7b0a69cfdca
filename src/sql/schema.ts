import { SCHEMA_SQL } from './ddl/schema';
import { CATEGORIES, POLICE_UK_CRIME_TYPES } from './taxonomy';
import { sqlString } from './literals';

/** DDL for every table, then the taxonomy rows. Safe to run more than once. */
export function schemaStatements(): string {
  const categories = CATEGORIES.map(
    (c, i) =>
      `(${sqlString(c.id)}, ${sqlString(c.label)}, ${c.parent ? sqlString(c.parent) : 'NULL'}, ${i}, ${sqlString(c.colour)})`,
  ).join(',\n');
  const codes = Object.entries(POLICE_UK_CRIME_TYPES)
    .map(([code, category]) => `('police.uk', ${sqlString(code)}, ${sqlString(category)})`)
    .join(',\n');
  return `${SCHEMA_SQL}
DELETE FROM categories;
INSERT INTO categories VALUES ${categories};
DELETE FROM category_codes WHERE source_kind = 'police.uk';
INSERT INTO category_codes VALUES ${codes};`;
}
