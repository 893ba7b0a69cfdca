/**
 * The taxonomy lives in src/sql/taxonomy.ts, beside the tables it seeds. This re-export serves the
 * hotspot screens only until the hotspot pipeline move re-points them; nothing new imports it.
 */
export { categoryById } from '../sql/taxonomy';
