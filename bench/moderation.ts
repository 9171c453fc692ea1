/**
 * moderation: precision and recall of the kit's content classifier (kit/src/moderation.ts) on the
 * labelled set the tests ship (kit/test/fixtures/moderation-labelled.json), per category of example,
 * with the confusion matrix of verdicts and the classifier's cost per text. No database, no model.
 * "Positive" is "not ALLOW" (held or flagged); exact accuracy compares the verdict itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyContent, type ModerationVerdict } from '../kit';
import type { BenchArgs } from './lib/args';
import { describeMachine, formatTable, writeResult } from './lib/report';

interface Example {
  text: string;
  label: ModerationVerdict;
  reputation?: number;
  recentTexts?: string[];
}

const VERDICTS: ModerationVerdict[] = ['ALLOW', 'FLAG', 'HOLD'];

export function moderationBench(args: BenchArgs): Promise<void> {
  const file = join(__dirname, '..', '..', 'kit', 'test', 'fixtures', 'moderation-labelled.json');
  const examples = (JSON.parse(readFileSync(file, 'utf8')) as { examples: Example[] }).examples;
  const confusion = new Map<string, number>();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let exact = 0;
  const misses: { text: string; label: string; verdict: string; score: number }[] = [];
  for (const e of examples) {
    const r = classifyContent({ text: e.text, reputation: e.reputation, recentTexts: e.recentTexts });
    confusion.set(`${e.label}>${r.verdict}`, (confusion.get(`${e.label}>${r.verdict}`) ?? 0) + 1);
    const want = e.label !== 'ALLOW';
    const got = r.verdict !== 'ALLOW';
    if (want && got) tp++;
    else if (got) fp++;
    else if (want) fn++;
    if (r.verdict === e.label) exact++;
    else misses.push({ text: e.text, label: e.label, verdict: r.verdict, score: r.score });
  }
  const rounds = args.number('rounds', 200, 1, 100_000);
  const started = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) for (const e of examples) classifyContent({ text: e.text });
  const usPerText = Number(process.hrtime.bigint() - started) / 1000 / (rounds * examples.length);
  const result = {
    examples: examples.length,
    precision: round(tp / (tp + fp)),
    recall: round(tp / (tp + fn)),
    accuracy: round(exact / examples.length),
    confusion: Object.fromEntries(VERDICTS.map((l) => [l, Object.fromEntries(VERDICTS.map((v) => [v, confusion.get(`${l}>${v}`) ?? 0]))])),
    microsecondsPerText: Math.round(usPerText * 10) / 10,
    misses,
  };
  console.log(
    formatTable(
      ['label \\ verdict', ...VERDICTS],
      VERDICTS.map((l) => [l, ...VERDICTS.map((v) => confusion.get(`${l}>${v}`) ?? 0)]),
    ),
  );
  console.log(
    `\n${examples.length} examples: precision ${result.precision}, recall ${result.recall} (positive = not ALLOW), exact verdict ${result.accuracy}; ${result.microsecondsPerText} µs per text`,
  );
  for (const m of misses) console.log(`  miss: ${m.label} -> ${m.verdict} ${m.score} ${JSON.stringify(m.text)}`);
  const path = writeResult('moderation', { machine: describeMachine(), ...result });
  console.log(`\nwrote ${path}`);
  return Promise.resolve();
}

const round = (x: number) => Math.round(x * 1000) / 1000;
