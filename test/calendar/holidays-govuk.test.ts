/**
 * The generated bank holidays against GOV.UK's published data, in every year of every stored snapshot
 * (test/fixtures/govuk/README.md says where each file comes from).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIVISIONS, holidaysInYear, parseGovUkBankHolidays } from '../../src/calendar/holidays/index.js';
import type { Division } from '../../src/calendar/index.js';

interface Event {
  title: string;
  date: string;
  notes: string;
  bunting: boolean;
}
type Doc = Record<Division, { division: Division; events: Event[] }>;

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'govuk');
const load = (name: string) => readFileSync(join(dir, `${name}.json`), 'utf8');

/**
 * Days proclaimed after a snapshot was taken, so absent from it although GOV.UK lists them now:
 * the State Funeral holiday (added to GOV.UK's data on 9 September 2022, frontend commit 86be09f2) and the
 * Coronation holiday (frontend commit dc708d7b).
 */
const ADDED_AFTER_SNAPSHOT: Record<string, readonly string[]> = {
  'calendars-1ce47d43': [],
  'calendars-9f64de76': [],
  'frontend-0d66bf10': ['2022-09-19', '2023-05-08'],
};

/** Years whose 1 January was a Sunday: GOV.UK's Scottish labels for 2 and 3 January vary (dates are compared). */
const SCOTTISH_LABEL_YEARS = new Set(['2012', '2017', '2023']);

function byYear(events: readonly Event[]): Map<string, Event[]> {
  const out = new Map<string, Event[]>();
  for (const e of events) {
    const y = e.date.slice(0, 4);
    out.set(y, [...(out.get(y) ?? []), e]);
  }
  return out;
}

const EXPECTED_YEARS: Record<string, [number, number]> = {
  'calendars-1ce47d43': [2012, 2018],
  'calendars-9f64de76': [2015, 2021],
  'frontend-0d66bf10': [2017, 2023],
};

for (const name of Object.keys(ADDED_AFTER_SNAPSHOT)) {
  const text = load(name);
  const doc = JSON.parse(text) as Doc;
  const later = new Set(ADDED_AFTER_SNAPSHOT[name]);

  describe(`GOV.UK snapshot ${name}`, () => {
    it('covers the expected years in all three divisions', () => {
      const [from, to] = EXPECTED_YEARS[name]!;
      for (const division of DIVISIONS) {
        expect([...byYear(doc[division].events).keys()].map(Number)).toEqual(Array.from({ length: to - from + 1 }, (_, i) => from + i));
      }
    });

    for (const division of DIVISIONS) {
      for (const [year, events] of byYear(doc[division].events)) {
        it(`${division} ${year}: the same dates, no extra date`, () => {
          const generated = holidaysInYear(division, Number(year))
            .map((h) => h.date)
            .filter((d) => !later.has(d));
          expect(generated).toEqual(events.map((e) => e.date).sort());
        });

        it(`${division} ${year}: the same titles, and kinds that agree with GOV.UK's notes`, () => {
          const generated = holidaysInYear(division, Number(year));
          for (const event of events) {
            const h = generated.find((g) => g.date === event.date)!;
            const newYearPair = division === 'scotland' && SCOTTISH_LABEL_YEARS.has(year) && event.date.slice(5, 8) === '01-';
            if (!newYearPair) expect(h.title, event.date).toBe(event.title);
            if (event.notes === 'Substitute day') expect(['substitute', 'moved'], event.date).toContain(h.kind);
            if (event.notes === 'Extra bank holiday') expect(h.kind, event.date).toBe('one-off');
          }
        });
      }
    }

    it('parses with parseGovUkBankHolidays, and a calendar fed with it gives exactly the published dates', () => {
      const feed = parseGovUkBankHolidays(text);
      const [from, to] = EXPECTED_YEARS[name]!;
      for (const division of DIVISIONS) {
        expect(feed.coverage[division]).toEqual({ from, to });
        for (const [year, events] of byYear(doc[division].events)) {
          const fromFeed = holidaysInYear(division, Number(year), feed);
          expect(fromFeed.map((h) => h.date)).toEqual(events.map((e) => e.date).sort());
          expect(fromFeed.every((h) => !h.provisional && h.division === division)).toBe(true);
        }
      }
    });
  });
}

describe('GOV.UK snapshots agree with one another where they overlap', () => {
  it('every date listed in two snapshots has the same title, notes and bunting', () => {
    const seen = new Map<string, Event>();
    let shared = 0;
    for (const name of Object.keys(ADDED_AFTER_SNAPSHOT)) {
      const doc = JSON.parse(load(name)) as Doc;
      for (const division of DIVISIONS) {
        for (const e of doc[division].events) {
          const key = `${division} ${e.date}`;
          const before = seen.get(key);
          if (before) {
            shared++;
            expect(e, key).toEqual(before);
          } else seen.set(key, e);
        }
      }
    }
    expect(shared).toBeGreaterThan(100);
  });
});
