// Expected FSRS-6 memory states and intervals from the reference implementation, ts-fsrs, for
// random review histories: writes fsrs6-fixture.json, which tests/core/practice/Fsrs_test.cpp
// compares with core/practice/Fsrs.cpp. Regenerate (needs Node and npm, CI does not):
//   cd tests/practice/fsrs-reference && npm install ts-fsrs@5.4.2 && node generate.mjs
// Settings: default FSRS-6 weights, request_retention 0.9, maximum_interval 36500,
// enable_fuzz false, enable_short_term false (no same-day learning steps).
import { writeFileSync } from 'node:fs';
import { createEmptyCard, fsrs, generatorParameters, default_w, FSRSVersion } from 'ts-fsrs';

// A small seeded generator (mulberry32), so the histories are the same on every run.
function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const params = generatorParameters({ enable_fuzz: false, enable_short_term: false, request_retention: 0.9,
  maximum_interval: 36500 });
const scheduler = fsrs(params);
const random = mulberry32(20260101);
const day = 24 * 60 * 60 * 1000;
const histories = [];
for (let h = 0; h < 300; h++) {
  let card = createEmptyCard(new Date(Date.UTC(2025, 0, 1, 12)));
  let now = new Date(Date.UTC(2025, 0, 1, 12));
  const reviews = [];
  const length = 1 + Math.floor(random() * 15);
  for (let k = 0; k < length; k++) {
    let elapsed = 0;
    if (k > 0) {
      const roll = random();
      // Same day, early, on time or late against the scheduled interval.
      elapsed = roll < 0.1 ? 0 : Math.max(0, Math.round(card.scheduled_days * (0.2 + 2.3 * random())));
      if (roll > 0.95) elapsed = Math.floor(random() * 400);
    }
    now = new Date(now.getTime() + elapsed * day);
    const rating = 1 + Math.floor(random() * 4);
    const result = scheduler.next(card, now, rating);
    card = result.card;
    reviews.push({ elapsed, rating, stability: card.stability, difficulty: card.difficulty,
      interval: card.scheduled_days, reps: card.reps, lapses: card.lapses });
  }
  histories.push(reviews);
}
writeFileSync('fsrs6-fixture.json', JSON.stringify({ generator: FSRSVersion, weights: params.w,
  default_w: [...default_w], settings: { enable_fuzz: false, enable_short_term: false, request_retention: 0.9,
    maximum_interval: 36500 }, histories }) + '\n');
console.log(`wrote ${histories.length} histories (${FSRSVersion})`);
