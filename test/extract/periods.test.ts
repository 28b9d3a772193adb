import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPeriods, findRates } from '../../src/extract/periods.js';

// A Saturday.
const PUBLISHED = new Date('2024-12-28T12:00:00Z');

/** "text start..end days" for each period, so a failure shows the whole reading. */
function periods(sentence: string, published: Date | null = PUBLISHED): string[] {
  return findPeriods(sentence, published).map((p) => `${p.text} ${p.startDate}..${p.endDate} ${p.days}${p.anchorOnly ? ' anchor' : ''}`);
}

test('trailing windows end on the publication day and last N days', () => {
  assert.deepEqual(periods('over 1,000 North Korean soldiers were killed in the last week alone'), ['in the last week 2024-12-22..2024-12-28 7']);
  assert.deepEqual(periods('over 1,000 have died over the past week'), ['over the past week 2024-12-22..2024-12-28 7']);
  assert.deepEqual(periods('Reports indicate over 1,000 soldiers have died in the past week alone.'), ['in the past week 2024-12-22..2024-12-28 7']);
  assert.deepEqual(periods('12 strikes in the past 24 hours'), ['in the past 24 hours 2024-12-28..2024-12-28 1']);
  assert.deepEqual(periods('1,000 cases in last four days'), ['in last four days 2024-12-25..2024-12-28 4']);
  assert.deepEqual(periods('during the past month 400 died'), ['during the past month 2024-11-29..2024-12-28 30']);
  assert.deepEqual(periods('over the past three months'), ['over the past three months 2024-09-29..2024-12-28 91']);
});

test('bare durations after a preposition, in words or digits', () => {
  assert.deepEqual(periods('killing 77 and wounding 40 soldiers over three days'), ['over three days 2024-12-26..2024-12-28 3']);
  assert.deepEqual(periods('200 were killed in three days'), ['in three days 2024-12-26..2024-12-28 3']);
  assert.deepEqual(periods('within 48 hours'), ['within 48 hours 2024-12-27..2024-12-28 2']);
  assert.deepEqual(periods('for more than two weeks'), ['for more than two weeks 2024-12-15..2024-12-28 14']);
  assert.deepEqual(periods('over several days'), ['over several days null..2024-12-28 null']);
});

test('"a single day" is a day: a record told as "in a single day" or "in a single week" is that window', () => {
  assert.deepEqual(periods('more than 500 Russians were killed near Bakhmut in a single day'), ['in a single day 2024-12-28..2024-12-28 1']);
  assert.deepEqual(periods('1,600 casualties in a single day, a record'), ['in a single day 2024-12-28..2024-12-28 1']);
  assert.deepEqual(periods('over 1,000 killed or wounded in a single week'), ['in a single week 2024-12-22..2024-12-28 7']);
});

test('ages, sentences, offsets and future points are not periods', () => {
  assert.deepEqual(periods('a 20 years old soldier'), []);
  assert.deepEqual(periods('he was sentenced to five years'), []);
  assert.deepEqual(periods('he was jailed for five years'), []);
  assert.deepEqual(periods('they will return in three days’ time'), []);
  assert.deepEqual(periods('two days later 5 more died'), []);
  assert.deepEqual(periods('300 died in a week-long offensive'), []);
});

test('calendar units: this week, last month, this year', () => {
  assert.deepEqual(periods('this week'), ['this week 2024-12-23..2024-12-28 6']);
  assert.deepEqual(periods('last week'), ['last week 2024-12-16..2024-12-22 7']);
  assert.deepEqual(periods('last month'), ['last month 2024-11-01..2024-11-30 30']);
  assert.deepEqual(periods('earlier this month'), ['earlier this month 2024-12-01..2024-12-28 28']);
  assert.deepEqual(periods('so far this year'), ['so far this year 2024-01-01..2024-12-28 363']);
});

test('months and years', () => {
  assert.deepEqual(periods('in November'), ['in November 2024-11-01..2024-11-30 30']);
  assert.deepEqual(periods('in December'), ['in December 2024-12-01..2024-12-28 28']);
  assert.deepEqual(periods('in January'), ['in January 2024-01-01..2024-01-31 31']);
  assert.deepEqual(periods('in October of 2012'), ['in October of 2012 2012-10-01..2012-10-31 31']);
  assert.deepEqual(periods('in 2023'), ['in 2023 2023-01-01..2023-12-31 365']);
  assert.deepEqual(periods('between 2022 and 2023'), ['between 2022 and 2023 2022-01-01..2023-12-31 730']);
  assert.deepEqual(periods('the October attack; Russia May lose'), []);
});

test('since: a start, ending on the publication day; open when the start is an event', () => {
  assert.deepEqual(periods('since October'), ['since October 2024-10-01..2024-12-28 89']);
  assert.deepEqual(periods('since February 2022'), ['since February 2022 2022-02-01..2024-12-28 1062']);
  assert.deepEqual(periods('Since late July, 20 were arrested'), ['Since late July 2024-07-01..2024-12-28 181']);
  assert.deepEqual(periods('since 2022'), ['since 2022 2022-01-01..2024-12-28 1093']);
  assert.deepEqual(periods('since the start of the war'), ['since the start of the war null..2024-12-28 null']);
  assert.deepEqual(periods("since Russia's full-scale invasion"), ["since Russia's full-scale invasion null..2024-12-28 null"]);
  assert.deepEqual(periods('since the start of the year'), ['since the start of the year 2024-01-01..2024-12-28 363']);
});

test('dates and date ranges through chrono', () => {
  assert.deepEqual(periods('on December 14 and 15'), ['on December 14 and 15 2024-12-14..2024-12-15 2']);
  assert.deepEqual(periods('on 14 and 15 December, 30 died'), ['on 14 and 15 December 2024-12-14..2024-12-15 2']);
  assert.deepEqual(periods('between December 14 and 16'), ['between December 14 and 16 2024-12-14..2024-12-16 3']);
  assert.deepEqual(periods('from December 14 to 16'), ['from December 14 to 16 2024-12-14..2024-12-16 3']);
  assert.deepEqual(periods('on Dec. 14-15'), ['on Dec. 14-15 2024-12-14..2024-12-15 2']);
  assert.deepEqual(periods('between January 4 and February 7'), ['between January 4 and February 7 2024-01-04..2024-02-07 35']);
  assert.deepEqual(periods('on February 22, 2021'), ['on February 22, 2021 2021-02-22..2021-02-22 1']);
  assert.deepEqual(periods('at 7pm tonight (Thursday December 8).'), ['tonight 2024-12-28..2024-12-28 1', 'Thursday December 8 2024-12-08..2024-12-08 1']);
});

test('single days: yesterday, weekdays, the weekend', () => {
  assert.deepEqual(periods('yesterday'), ['yesterday 2024-12-27..2024-12-27 1']);
  assert.deepEqual(periods('on Friday'), ['on Friday 2024-12-27..2024-12-27 1']);
  assert.deepEqual(periods('on Saturday'), ['on Saturday 2024-12-28..2024-12-28 1']);
  assert.deepEqual(periods('last Saturday'), ['last Saturday 2024-12-21..2024-12-21 1']);
  assert.deepEqual(periods('on Monday morning'), ['on Monday morning 2024-12-23..2024-12-23 1']);
  // Published on a Saturday: the weekend that has begun.
  assert.deepEqual(periods('over the weekend'), ['over the weekend 2024-12-28..2024-12-29 2']);
  assert.deepEqual(periods('over the weekend', new Date('2024-12-30T08:00:00Z')), ['over the weekend 2024-12-28..2024-12-29 2']);
});

test('a single day right after a speech verb is marked anchorOnly', () => {
  assert.deepEqual(periods('John Kirby disclosed on Friday that some soldiers have taken their own lives'), ['on Friday 2024-12-27..2024-12-27 1 anchor']);
  assert.deepEqual(periods('officials said Monday'), ['Monday 2024-12-23..2024-12-23 1 anchor']);
  assert.deepEqual(periods('the head of forensics told the AFP news agency on Monday'), ['on Monday 2024-12-23..2024-12-23 1 anchor']);
  assert.deepEqual(periods('the army said in a statement on Sunday'), ['on Sunday 2024-12-22..2024-12-22 1 anchor']);
  assert.deepEqual(periods('Two protesters were killed on Monday, officials said'), ['on Monday 2024-12-23..2024-12-23 1']);
  assert.deepEqual(periods('he said 40 were killed on December 14 and 15'), ['on December 14 and 15 2024-12-14..2024-12-15 2']);
});

test('without a publication date relative periods keep their length only', () => {
  assert.deepEqual(periods('in the last week', null), ['in the last week null..null 7']);
  assert.deepEqual(periods('over three days', null), ['over three days null..null 3']);
  assert.deepEqual(periods('in the past 24 hours', null), ['in the past 24 hours null..null 1']);
  assert.deepEqual(periods('during the past month', null), ['during the past month null..null 30']);
  assert.deepEqual(periods('yesterday', null), ['yesterday null..null 1']);
  assert.deepEqual(periods('on Friday', null), ['on Friday null..null 1']);
  assert.deepEqual(periods('over the weekend', null), ['over the weekend null..null 2']);
  assert.deepEqual(periods('this week', null), ['this week null..null null']);
  assert.deepEqual(periods('on December 14 and 15', null), ['on December 14 and 15 null..null 2']);
  assert.deepEqual(periods('since October', null), ['since October null..null null']);
  assert.deepEqual(periods('since the start of the war', null), ['since the start of the war null..null null']);
  // A stated year needs no publication date.
  assert.deepEqual(periods('in 2023', null), ['in 2023 2023-01-01..2023-12-31 365']);
  assert.deepEqual(periods('since February 2022', null), ['since February 2022 2022-02-01..null null']);
  assert.deepEqual(periods('on February 22, 2021', null), ['on February 22, 2021 2021-02-22..2021-02-22 1']);
});

test('offsets index the sentence, end exclusive, and overlapping readings keep the longest', () => {
  const sentence = 'Kirby said on Friday that over 1,000 were killed in the last week alone.';
  const found = findPeriods(sentence, PUBLISHED);
  assert.deepEqual(
    found.map((p) => p.text),
    ['on Friday', 'in the last week'],
  );
  for (const period of found) assert.equal(sentence.slice(period.start, period.end), period.text);
});

test('periods and rates scan long text in linear time', () => {
  const sentence = 'Over 1,000 soldiers were killed in the last week and 1,500 a day since October, officials said on Friday. '.repeat(500);
  const started = performance.now();
  assert.equal(findPeriods(sentence, PUBLISHED).length, 1500);
  assert.equal(findRates(sentence).length, 500);
  assert.ok(performance.now() - started < 3000);
});

// Both found by the fuzz target findPeriods (test/fuzz): windows that ended before they started.
test('a month range without a year runs forward into the next year', () => {
  assert.deepEqual(periods('troops were killed between December and April', new Date('1992-06-01T00:00:00Z')), ['between December and April 1991-12-01..1992-04-30 152']);
  assert.deepEqual(periods('troops were killed between January and March', new Date('2024-07-15T12:00:00Z')), ['between January and March 2024-01-01..2024-03-31 91']);
});

test('a stated date after the publication date keeps its start and leaves the end open', () => {
  assert.deepEqual(periods('20 killed since October 2024', new Date('1990-01-01T00:00:00Z')), ['since October 2024 2024-10-01..null null']);
});

test('a window reaching outside the years YYYY-MM-DD can write keeps only the end it can write', () => {
  assert.deepEqual(periods('in the last 202310 weeks', new Date('1990-01-01T00:00:00Z')), ['in the last 202310 weeks null..1990-01-01 null']);
});

test('two days named together are one span', () => {
  const published = new Date('2024-12-28T12:00:00Z'); // a Saturday
  const spans = (sentence: string) => findPeriods(sentence, published).map((p) => `${p.text} ${p.startDate}..${p.endDate} ${p.days}`);
  assert.deepEqual(spans('Six people died in strikes on Friday and Saturday.'), ['on Friday and Saturday 2024-12-27..2024-12-28 2']);
  assert.deepEqual(spans('From Monday to Wednesday, 30 were wounded.'), ['Monday to Wednesday 2024-12-23..2024-12-25 3']);
  assert.deepEqual(spans('Fighting on Saturday and Sunday killed 12.'), ['on Saturday and Sunday 2024-12-21..2024-12-22 2']);
});

test('"since" a day of the week runs from that day to the report, like "since October"', () => {
  assert.deepEqual(periods('In the city, 212 people have been killed in air strikes since Monday, the mayor said.'), ['since Monday 2024-12-23..2024-12-28 6']);
  assert.deepEqual(periods('Rescuers have pulled 40 bodies from the rubble since Thursday night'), ['since Thursday night 2024-12-26..2024-12-28 3']);
  assert.deepEqual(periods('the army says 17 soldiers have died since Saturday'), ['since Saturday 2024-12-21..2024-12-28 8'], 'said on a Saturday: the Saturday before');
  assert.deepEqual(periods('since Tuesday', null), ['since Tuesday null..null null']);
});

test('since an event dated in the same breath: the count runs from that day to publication', () => {
  assert.deepEqual(periods('874 of its servicemen have been killed since the fighting began on Sept. 27.'), ['since the fighting began on Sept. 27 2024-09-27..2024-12-28 93']);
  assert.deepEqual(periods('At least 119 fighters have been killed since the fighting broke out on Sept. 27, the Observatory said.'), ['since the fighting broke out on Sept. 27 2024-09-27..2024-12-28 93']);
  assert.deepEqual(periods('The UN has confirmed 12,300 civilians killed since Russia launched its full-scale invasion on Feb. 24, 2022.'), ['since Russia launched its full-scale invasion on Feb. 24, 2022 2022-02-24..2024-12-28 1039']);
  assert.deepEqual(periods('More than 300 people were killed on Sept. 27.'), ['on Sept. 27 2024-09-27..2024-09-27 1']);
});

test('a month named by its beginning, start or end still opens or closes a window: "between the beginning of March and May 7"', () => {
  const published = new Date('2002-08-02T12:00:00Z');
  const window = (text: string) => findPeriods(text, published).map((p) => [p.startDate, p.endDate]);
  assert.deepEqual(window('497 Palestinians were killed between the beginning of March and May 7.'), [['2002-03-01', '2002-05-07']]);
  assert.deepEqual(window('Since the beginning of March, 497 Palestinians were killed.'), [['2002-03-01', '2002-08-02']]);
  assert.deepEqual(window('40 soldiers were killed between the start of January and the end of March.'), [['2002-01-01', '2002-03-31']]);
});
