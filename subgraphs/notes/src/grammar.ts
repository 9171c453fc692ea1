/**
 * Grammar, style and spelling checks of a note's text. Two checkers answer the same shape
 * ({@link GrammarMatch}: UTF-16 offset and length into the text, message, replacements, rule id):
 *
 * - offline (the default): nspell with the Hunspell `dictionary-en` for spelling, write-good for
 *   style (passive voice, weasel words, wordiness, clichés, repeated words), and a rule for "a"/"an";
 * - a LanguageTool-compatible server when NOTES_LANGUAGETOOL_URL is set: `POST /v2/check` with the
 *   text and language form-encoded, through the kit's provider client (timeouts, breaker); when it is
 *   down the query fails with SERVICE_UNAVAILABLE naming `languagetool`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import writeGood from 'write-good';
import { badInput, createProviderClient, z, type Logger, type ProviderClient } from '../../../kit';

export interface GrammarMatch {
  offset: number;
  length: number;
  message: string;
  replacements: string[];
  rule: string;
}

export interface GrammarResult {
  checker: 'offline' | 'languagetool';
  language: string;
  matches: GrammarMatch[];
}

/** The longest text one check takes (LanguageTool's public limit per request). */
export const MAX_CHECK_LENGTH = 20_000;
/** At most this many matches are returned (the first ones in the text). */
export const MAX_MATCHES = 500;
const LANGUAGE = /^(auto|[a-z]{2,3}(-[A-Z][A-Za-z]{1,3})?)$/;

/** Checks the arguments of a check; BAD_USER_INPUT names the field. */
export function checkInput(text: string, language: string): void {
  if (text.length > MAX_CHECK_LENGTH) throw badInput(`text must be at most ${MAX_CHECK_LENGTH.toLocaleString('en')} characters.`, 'text');
  if (!LANGUAGE.test(language)) throw badInput('language must be a language code such as en-US, de or auto.', 'language');
}

// ------------------------------------------------------------------------------------------------
// Offline

let speller: ReturnType<typeof nspell> | undefined;

/** The English dictionary, loaded on the first check (about 0.3 s) and kept for the process. */
function englishSpeller(): ReturnType<typeof nspell> {
  if (!speller) {
    const dir = dirname(require.resolve('dictionary-en'));
    speller = nspell(readFileSync(join(dir, 'index.aff')), readFileSync(join(dir, 'index.dic')));
  }
  return speller;
}

/** Ranges of the text not to spell-check: code spans and blocks, URLs, link targets, e-mail addresses. */
function skippedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const patterns = [/```[\s\S]*?(```|$)/g, /`[^`\n]*`/g, /\]\([^)\s]*\)/g, /\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, /\S+@\S+\.\S+/g, /<[^>\n]*>/g];
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
const RULE_OF_CHECK = {
  passive: 'PASSIVE_VOICE',
  illusion: 'REPEATED_WORD',
  so: 'SENTENCE_START_SO',
  thereIs: 'THERE_IS',
  weasel: 'WEASEL_WORD',
  adverb: 'ADVERB',
  tooWordy: 'TOO_WORDY',
  cliches: 'CLICHE',
} as const;
type Check = keyof typeof RULE_OF_CHECK;
const ALL_OFF = Object.fromEntries([...Object.keys(RULE_OF_CHECK), 'eprime'].map((k) => [k, false])) as Record<Check | 'eprime', false>;

function spelling(text: string, skipped: [number, number][]): GrammarMatch[] {
  const dictionary = englishSpeller();
  const matches: GrammarMatch[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0].replace(/’/g, "'");
    const start = m.index;
    if (skipped.some(([a, b]) => start >= a && start < b)) continue;
    // Acronyms, single letters and words glued to digits or underscores (identifiers) are left alone.
    if (word.length < 2 || word === word.toUpperCase()) continue;
    const before = text[start - 1] ?? '';
    const after = text[start + m[0].length] ?? '';
    if (/[\p{N}_]/u.test(before) || /[\p{N}_]/u.test(after)) continue;
    if (dictionary.correct(word)) continue;
    matches.push({
      offset: start,
      length: m[0].length,
      message: `Possible spelling mistake: "${m[0]}".`,
      replacements: dictionary.suggest(word).slice(0, 5),
      rule: 'SPELLING',
    });
    if (matches.length >= MAX_MATCHES) break;
  }
  return matches;
}

function style(text: string): GrammarMatch[] {
  const matches: GrammarMatch[] = [];
  for (const check of Object.keys(RULE_OF_CHECK) as Check[]) {
    for (const s of writeGood(text, { ...ALL_OFF, [check]: true })) {
      if (check === 'illusion') {
        // write-good flags the second word of "is is": the fix removes it with the space before it.
        let start = s.index;
        while (start > 0 && /\s/.test(text[start - 1] ?? '')) start -= 1;
        matches.push({
          offset: start,
          length: s.index + s.offset - start,
          message: s.reason,
          replacements: [''],
          rule: RULE_OF_CHECK[check],
        });
      } else {
        matches.push({ offset: s.index, length: s.offset, message: s.reason, replacements: [], rule: RULE_OF_CHECK[check] });
      }
    }
  }
  return matches;
}

/** "a" before a vowel sound and "an" before a consonant (the common cases; exceptions are listed). */
function articles(text: string): GrammarMatch[] {
  const matches: GrammarMatch[] = [];
  const vowelSoundConsonant = /^(hour|honest|honou?r|heir)/i;
  const consonantSoundVowel = /^(uni|use|usu|eu|one|once|ur)/i;
  for (const m of text.matchAll(/\b(a|an|A|An)\s+(\p{L}+)/gu)) {
    const [, article, next] = m as unknown as [string, string, string];
    const vowelSound = (/^[aeiou]/i.test(next) && !consonantSoundVowel.test(next)) || vowelSoundConsonant.test(next);
    const wantsAn = vowelSound;
    const isAn = article.toLowerCase() === 'an';
    if (wantsAn === isAn || next.length < 2 || next === next.toUpperCase()) continue;
    const fixed = wantsAn ? (article === 'A' ? 'An' : 'an') : article === 'An' ? 'A' : 'a';
    matches.push({
      offset: m.index,
      length: article.length,
      message: `Use "${fixed}" instead of "${article}" before "${next}".`,
      replacements: [fixed],
      rule: 'EN_A_VS_AN',
    });
  }
  return matches;
}

/** The offline checker (English only). */
export function checkOffline(text: string, language: string): GrammarResult {
  if (!(language === 'auto' || language === 'en' || language.startsWith('en-'))) {
    throw badInput('The offline checker knows English only (en, en-US, en-GB, …).', 'language');
  }
  const all = [...spelling(text, skippedRanges(text)), ...style(text), ...articles(text)];
  all.sort((a, b) => a.offset - b.offset || a.length - b.length);
  return { checker: 'offline', language: language === 'auto' ? 'en-US' : language, matches: all.slice(0, MAX_MATCHES) };
}

// ------------------------------------------------------------------------------------------------
// LanguageTool

const LanguageToolAnswer = z.object({
  language: z.object({ code: z.string() }).partial().optional(),
  matches: z
    .array(
      z.object({
        message: z.string(),
        offset: z.number().int().min(0),
        length: z.number().int().min(0),
        replacements: z.array(z.object({ value: z.string() })).default([]),
        rule: z.object({ id: z.string() }),
      }),
    )
    .max(10_000),
});

/** The LanguageTool client of one configuration. */
export function languageToolClient(baseUrl: string, timeoutMs: number, log: Logger): ProviderClient {
  return createProviderClient({ name: 'languagetool', baseUrl, log, timeoutMs, retries: 1 });
}

/** Asks the LanguageTool server; its errors are the kit's (SERVICE_UNAVAILABLE, RATE_LIMITED). */
export async function checkWithLanguageTool(client: ProviderClient, text: string, language: string): Promise<GrammarResult> {
  const answer = await client.request('POST', '/v2/check', {
    form: { text, language },
    validate: LanguageToolAnswer,
    // Checking is a pure function of the text: safe to retry.
    idempotent: true,
    cache: false,
  });
  const matches = answer.data.matches
    .filter((m) => m.offset + m.length <= text.length)
    .slice(0, MAX_MATCHES)
    .map((m) => ({
      offset: m.offset,
      length: m.length,
      message: m.message,
      replacements: m.replacements.slice(0, 10).map((r) => r.value),
      rule: m.rule.id,
    }));
  return { checker: 'languagetool', language: answer.data.language?.code ?? language, matches };
}
