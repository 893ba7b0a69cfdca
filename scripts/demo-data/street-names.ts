/**
 * Deterministic, ordinary-sounding English street names, and the public-place labels police.uk
 * uses instead of a street ("On or near Parking Area").
 */
import type { Rng } from './prng';

const STEMS = [
  'Acacia', 'Albert', 'Alder', 'Alexandra', 'Ash', 'Ashby', 'Aspen', 'Beech', 'Birch', 'Blenheim',
  'Bridge', 'Brook', 'Brunswick', 'Buxton', 'Canal', 'Castle', 'Cedar', 'Chapel', 'Charles',
  'Chestnut', 'Church', 'Clarence', 'Clifton', 'Colliery', 'Coronation', 'Cromwell', 'Dale',
  'Derwent', 'Devonshire', 'Elm', 'Fairfield', 'Farm', 'Fern', 'Forge', 'Foundry', 'Garden',
  'George', 'Glebe', 'Grange', 'Green', 'Hall', 'Hawthorn', 'Hazel', 'Heath', 'High', 'Highfield',
  'Hill', 'Holly', 'Hope', 'Horsefair', 'Jubilee', 'King', 'Laburnum', 'Lark', 'Laurel', 'Lime',
  'Linden', 'Lodge', 'Main', 'Manor', 'Maple', 'Market', 'Meadow', 'Mill', 'Moor', 'Mount',
  'Nelson', 'New', 'Newton', 'Oak', 'Orchard', 'Park', 'Pinfold', 'Poplar', 'Portland', 'Primrose',
  'Princess', 'Priory', 'Queen', 'Railway', 'Rectory', 'Regent', 'Ridge', 'River', 'Rowan',
  'Sandy', 'School', 'Sherwood', 'Smithy', 'Spring', 'Station', 'Sycamore', 'Tannery', 'Thorn',
  'Union', 'Vale', 'Valley', 'Vicarage', 'Victoria', 'Well', 'Westfield', 'Willow', 'Windmill',
  'Wood', 'Woodland', 'York',
] as const;

const SUFFIXES = [
  'Street', 'Road', 'Lane', 'Avenue', 'Close', 'Drive', 'Way', 'Crescent', 'Grove', 'Terrace',
  'Walk', 'Place', 'Gardens', 'Rise', 'View', 'Court', 'Mews', 'Row',
] as const;

/** Labels police.uk uses for snap points that are public places rather than streets. */
export const PLACE_LABELS = [
  'Parking Area', 'Supermarket', 'Petrol Station', 'Nightclub', 'Shopping Area',
  'Sports/Recreation Area', 'Park/Open Space', 'Further/Higher Educational Building',
  'Bus/Coach Station', 'Hospital', 'Police Station', 'Theatre/Concert Hall', 'Pedestrian Subway',
] as const;

/**
 * Makes `count` distinct street names in a deterministic order. Stems and suffixes combine freely,
 * so up to stems × suffixes (about 1,900) names are available.
 */
export function makeStreetNames(rng: Rng, count: number): string[] {
  const all: string[] = [];
  for (const stem of STEMS) for (const suffix of SUFFIXES) all.push(`${stem} ${suffix}`);
  if (count > all.length) throw new Error(`only ${all.length} street names available`);
  // Fisher–Yates on a copy, then take the first `count`.
  for (let i = all.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const a = all[i] as string;
    all[i] = all[j] as string;
    all[j] = a;
  }
  return all.slice(0, count);
}
