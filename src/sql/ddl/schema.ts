/** Table definitions (DuckDB SQL). Kept as a module so Vite, vitest and the Node CLI all load it. */
export const SCHEMA_SQL = `
-- One row per incident from any source. Counts are always count(*) over this table:
-- police.uk ASB rows have no key, and identical rows are separate incidents.
CREATE TABLE IF NOT EXISTS incidents (
  source VARCHAR NOT NULL,          -- 'police.uk' or a local source name
  load_key VARCHAR NOT NULL,        -- identity used to replace a reloaded extract (police.uk: force|YYYY-MM)
  file_name VARCHAR NOT NULL,
  record INTEGER NOT NULL,          -- data record number in the file (1 = first row after the header)
  ref VARCHAR,                      -- Crime ID or the source's reference number
  month DATE NOT NULL,              -- first day of the incident's month
  occurred_at TIMESTAMP,            -- date and time where the source has one
  force VARCHAR,
  longitude DOUBLE,
  latitude DOUBLE,
  easting DOUBLE,                   -- British National Grid (EPSG:27700), metres
  northing DOUBLE,
  unlocated_reason VARCHAR,         -- NULL when the incident can be placed on the map
  location VARCHAR,
  lsoa_code VARCHAR,
  lsoa_name VARCHAR,
  original_type VARCHAR NOT NULL,   -- the source's own crime type or code
  category VARCHAR NOT NULL,        -- taxonomy id, e.g. 'asb', 'criminal-damage-arson'
  outcome VARCHAR,
  context VARCHAR
);

-- Rows that could not be used, with the reason; never dropped silently.
CREATE TABLE IF NOT EXISTS rejected_rows (
  file_name VARCHAR NOT NULL,
  line INTEGER,                     -- physical line in the file (1 = header)
  reason VARCHAR NOT NULL,
  raw VARCHAR
);

-- One row per loaded file.
CREATE TABLE IF NOT EXISTS loaded_files (
  file_name VARCHAR NOT NULL,
  source VARCHAR NOT NULL,
  rows_read INTEGER NOT NULL,
  rows_loaded INTEGER NOT NULL,
  rows_unlocated INTEGER NOT NULL,
  rows_rejected INTEGER NOT NULL,
  rows_replaced INTEGER NOT NULL,
  months VARCHAR NOT NULL,          -- comma-separated YYYY-MM
  loaded_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
-- The line check, added later (NULL for files loaded before): physical lines counted apart from
-- the CSV parser, and rows read but neither loaded nor rejected (0 unless something was lost).
ALTER TABLE loaded_files ADD COLUMN IF NOT EXISTS lines_read INTEGER;
ALTER TABLE loaded_files ADD COLUMN IF NOT EXISTS rows_unaccounted INTEGER;

-- The workspace's own facts; schema_version lets a later version of the app migrate a kept workspace.
CREATE TABLE IF NOT EXISTS workspace_info (
  key VARCHAR PRIMARY KEY,
  value VARCHAR NOT NULL
);
INSERT OR IGNORE INTO workspace_info VALUES ('schema_version', '1');

-- What else the workspace keeps beside the incidents, as text: boundary GeoJSON, population
-- CSVs, each local extract's validation report with the mappings used.
CREATE TABLE IF NOT EXISTS workspace_documents (
  kind VARCHAR NOT NULL,            -- 'boundary', 'population', 'local-load'
  name VARCHAR NOT NULL,
  body VARCHAR NOT NULL,
  saved_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
  PRIMARY KEY (kind, name)
);

CREATE TABLE IF NOT EXISTS categories (
  id VARCHAR PRIMARY KEY,
  label VARCHAR NOT NULL,
  parent VARCHAR,                   -- e.g. 'asb-personal' has parent 'asb'
  sort_order INTEGER NOT NULL,
  colour VARCHAR NOT NULL
);

-- A source's own codes (police.uk crime types, council codes) mapped to category ids.
CREATE TABLE IF NOT EXISTS category_codes (
  source_kind VARCHAR NOT NULL,     -- 'police.uk' or a saved code mapping's name
  code VARCHAR NOT NULL,
  category VARCHAR NOT NULL
);
`;
