import { describe, expect, it } from 'vitest';
import { locationNamer } from '../../../src/reports/tasking/candidate-names';
import { streetName } from '../../../src/reports/tasking/candidate-places';

describe('place names as a chair reads them', () => {
  it("drops police.uk's 'On or near' and writes a possessive 's in lower case", () => {
    expect(streetName("On or near Alward'S Close")).toBe("Alward's Close");
    expect(streetName("On or near St Mary'S Gate")).toBe("St Mary's Gate");
    expect(streetName("On or near O'Connor Road")).toBe("O'Connor Road");
    expect(streetName('On or near Saltergate')).toBe('Saltergate');
  });

  it('places a supermarket by the nearest street: near it within 300 m, else how far to 50 m', () => {
    const name = locationNamer([
      { name: 'Supermarket', easting: 1000, northing: 1000 },
      { name: 'Cheapside', easting: 1000, northing: 1240 },
      { name: 'Supermarket', easting: 5000, northing: 5000 },
      { name: 'Long Lane', easting: 5640, northing: 5000 },
      { name: 'Supermarket', easting: 9000, northing: 9000 },
    ]);
    expect(name(0)).toBe('Supermarket near Cheapside');
    expect(name(1)).toBe('Cheapside');
    expect(name(2)).toBe('Supermarket 650 m from Long Lane');
    expect(name(4)).toBe('Supermarket');
  });
});
