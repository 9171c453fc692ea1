import {
  FLAG_SCORE,
  HOLD_SCORE,
  classifyContent,
  describeModeration,
  findLinks,
  foldText,
  reputationAfter,
  type ModerationVerdict,
} from '../index';
import labelled from './fixtures/moderation-labelled.json';

interface Example {
  text: string;
  label: ModerationVerdict;
  reputation?: number;
  recentTexts?: string[];
  note?: string;
}
const examples = (labelled as { examples: Example[] }).examples;

/** Precision and recall of "not ALLOW" over the labelled set, and exact verdict accuracy. */
export function evaluate(set: Example[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let exact = 0;
  const misses: string[] = [];
  for (const e of set) {
    const r = classifyContent({ text: e.text, reputation: e.reputation, recentTexts: e.recentTexts });
    const want = e.label !== 'ALLOW';
    const got = r.verdict !== 'ALLOW';
    if (want && got) tp++;
    else if (got) fp++;
    else if (want) fn++;
    if (r.verdict === e.label) exact++;
    else misses.push(`${e.label} -> ${describeModeration(r)} | ${JSON.stringify(e.text)}`);
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), accuracy: exact / set.length, misses };
}

describe('the moderation classifier', () => {
  it('ships a labelled set of at least 150 examples with obfuscated and tricky clean ones', () => {
    expect(examples.length).toBeGreaterThanOrEqual(150);
    for (const label of ['ALLOW', 'FLAG', 'HOLD']) expect(examples.filter((e) => e.label === label).length).toBeGreaterThanOrEqual(40);
  });

  it('meets the precision, recall and accuracy floors on the labelled set', () => {
    const { precision, recall, accuracy, misses } = evaluate(examples);
    // The misses are printed when a floor breaks, so a word-list change shows what it cost.
    if (precision < 0.95 || recall < 0.93 || accuracy < 0.9) console.log(misses.join('\n'));
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.93);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it.each(['Scunthorpe United', 'Assassin', 'a classic', 'cocktail bar', 'Charles Dickens', 'fire retardant', 'shiitake', 'Essex'])(
    'allows the tricky clean word in %j',
    (text) => {
      expect(classifyContent({ text })).toMatchObject({ verdict: 'ALLOW', score: 0, reasons: [] });
    },
  );

  it.each([
    ['leetspeak', 'sh1t', 'shit'],
    ['symbols', '$h!t', 'shit'],
    ['spacing', 's h i t', 'shit'],
    ['punctuation inside', 's.h.i.t', 'shit'],
    ['repeated letters', 'shiiiiiit', 'shit'],
    ['mask', 'sh*t', 'shit'],
    ['fullwidth', 'ｓｈｉｔ', 'shit'],
    ['Cyrillic homoglyphs', 'ѕhіt', 'shit'],
    ['diacritics', 'shït', 'shit'],
    ['zero-width characters', 's\u200bh\u200ci\u200dt', 'shit'],
    ['mathematical letters', '𝐬𝐡𝐢𝐭', 'shit'],
    ['split in pieces', 'sh it', 'shit'],
  ])('sees through %s (%j)', (_, text, word) => {
    const r = classifyContent({ text: `${text} service` });
    expect(r.verdict).toBe('FLAG');
    expect(r.reasons).toContainEqual({ code: 'PROFANITY', detail: word, weight: 0.45 });
  });

  it('holds threats and slurs, flags profanity, allows mild words alone', () => {
    expect(classifyContent({ text: 'I know where you live' }).verdict).toBe('HOLD');
    expect(classifyContent({ text: 'what the fuck' }).verdict).toBe('FLAG');
    expect(classifyContent({ text: 'damn, missed the bus' }).verdict).toBe('ALLOW');
    expect(classifyContent({ text: 'damn, missed the bus' }).reasons.map((r) => r.code)).toEqual(['PROFANITY']);
  });

  it('scores links, shorteners, repeated text, capitals and duplicates', () => {
    expect(findLinks('see https://a.io/x and www.b.com, c.org and bit.ly/abc')).toEqual(['a.io', 'b.com', 'c.org', 'bit.ly']);
    expect(classifyContent({ text: 'docs at https://docs.example.com/guide' }).verdict).toBe('ALLOW');
    expect(classifyContent({ text: 'look bit.ly/abc' }).reasons[0]).toMatchObject({ code: 'LINK_SHORTENER', detail: 'bit.ly' });
    expect(classifyContent({ text: 'a.com b.com c.com d.com e.com' })).toMatchObject({ verdict: 'FLAG' });
    expect(classifyContent({ text: 'win win win win win win win win' }).reasons[0]?.code).toBe('REPEATED_TEXT');
    const caps = classifyContent({ text: 'THIS IS THE BEST DAY EVER' });
    expect(caps).toMatchObject({ verdict: 'ALLOW', reasons: [{ code: 'ALL_CAPS' }] });
    const post = 'Subscribe to my channel for daily tips';
    expect(classifyContent({ text: post, recentTexts: ['hello', 'Subscribe to my channel for daily tips!'] })).toMatchObject({
      verdict: 'FLAG',
      reasons: [{ code: 'DUPLICATE' }],
    });
    expect(classifyContent({ text: post, recentTexts: ['something else entirely, about cats and dogs'] }).verdict).toBe('ALLOW');
  });

  it('lets reputation move the verdict both ways', () => {
    const text = 'this is bullshit';
    const neutral = classifyContent({ text });
    const bad = classifyContent({ text, reputation: -100 });
    const good = classifyContent({ text, reputation: 100 });
    expect(bad.score).toBeGreaterThan(neutral.score);
    expect(good.score).toBeLessThan(neutral.score);
    expect(good.verdict).toBe('ALLOW');
    expect(classifyContent({ text: 'fuck you bitch', reputation: -100 }).verdict).toBe('HOLD');
    expect(classifyContent({ text: 'fuck you bitch' }).verdict).toBe('FLAG');
    expect(classifyContent({ text: 'lovely weather', reputation: -60 })).toMatchObject({ verdict: 'FLAG', score: FLAG_SCORE });
    expect(classifyContent({ text: 'lovely weather', reputation: -40 }).verdict).toBe('ALLOW');
    expect(reputationAfter(0, 'removed')).toBeLessThan(0);
    expect(reputationAfter(-95, 'removed')).toBe(-100);
    expect(reputationAfter(reputationAfter(0, 'removed'), 'appealGranted')).toBeGreaterThan(0);
  });

  it('is bounded and deterministic on hostile input', () => {
    const huge = 'ab '.repeat(200_000) + 'fuck';
    const started = performance.now();
    const r = classifyContent({ text: huge });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.reasons.map((x) => x.code)).toEqual(['REPEATED_TEXT']);
    expect(classifyContent({ text: '' })).toEqual({ verdict: 'ALLOW', score: 0, reasons: [] });
    expect(foldText('Ｆü\u200bck')).toBe('fuck');
    expect(HOLD_SCORE).toBeGreaterThan(FLAG_SCORE);
  });
});
