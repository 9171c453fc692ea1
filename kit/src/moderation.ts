import {
  INFLECTIONS,
  LINK_SHORTENERS,
  PHRASES,
  WORDS,
  type ModerationCategory,
  type PhraseEntry,
  type WordEntry,
} from './moderation-words';
import { recordEvent } from './events';
import type { Em } from './orm';

/**
 * Content moderation: a pure classifier over the repository's word list (kit/src/moderation-words.ts)
 * with obfuscation handling, link and spam heuristics and the author's reputation, giving a verdict
 * ALLOW / FLAG (publish, queue for review) / HOLD (hidden until a moderator approves it) with the
 * reasons and a score in [0, 1]. No model, no download; deterministic.
 */

export type ModerationVerdict = 'ALLOW' | 'FLAG' | 'HOLD';
export type ModerationReasonCode =
  ModerationCategory | 'LINKS' | 'LINK_SHORTENER' | 'REPEATED_TEXT' | 'ALL_CAPS' | 'DUPLICATE' | 'LOW_REPUTATION';

export interface ModerationReason {
  code: ModerationReasonCode;
  /** What was found, in normalised form ("fuck", "bit.ly", "4 links"). */
  detail: string;
  /** This reason's contribution before combining, 0..1. */
  weight: number;
}

export interface ModerationResult {
  verdict: ModerationVerdict;
  /** 0 (clean) .. 1; FLAG from {@link FLAG_SCORE}, HOLD from {@link HOLD_SCORE}. */
  score: number;
  reasons: ModerationReason[];
}

export interface ModerationInput {
  text: string;
  /** The author's reputation, -100..100 (0 for a new author); see {@link reputationAfter}. */
  reputation?: number;
  /** The author's recent texts (newest first), for duplicate posting. */
  recentTexts?: string[];
}

export const FLAG_SCORE = 0.4;
export const HOLD_SCORE = 0.8;
/** Authors at or below this reputation are flagged whatever they write (their posts stay visible). */
export const LOW_REPUTATION = -50;
/** Texts longer than this are classified on their first MAX_CLASSIFIED_CHARS (callers bound text anyway). */
export const MAX_CLASSIFIED_CHARS = 20_000;

const SEVERITY_WEIGHT = { 1: 0.15, 2: 0.45, 3: 0.9 } as const;

// ------------------------------------------------------------------ normalisation

// Combining joiners (U+034F, U+17B4/5) are marks: the \p{M} pass removes them.
const ZERO_WIDTH = /[\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u206a-\u206f\ufeff]/g;

/** Letters that look like Latin ones (Cyrillic, Greek, a few Latin variants NFKD keeps). */
const CONFUSABLES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ɡ: 'g',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ƒ: 'f',
  '€': 'e',
};

/** Digits and symbols written for letters. `1` and `|` are ambiguous (i or l): both are tried. */
const LEET: Record<string, string> = {
  '0': 'o',
  '3': 'e',
  '4': 'a',
  '@': 'a',
  $: 's',
  '5': 's',
  '7': 't',
  '+': 't',
  '8': 'b',
  '9': 'g',
  '!': 'i',
};

/**
 * Folds a text to lower-case ASCII letters as written: compatibility forms (fullwidth, mathematical,
 * circled letters) to their letters, diacritics and zero-width characters removed, homoglyphs to the
 * Latin letter they imitate. Digits, spaces and punctuation stay (leetspeak is decided per token).
 */
export function foldText(text: string): string {
  const base = text
    .slice(0, MAX_CLASSIFIED_CHARS)
    .replace(ZERO_WIDTH, '')
    // A capital I inside a lower-case word is the ambiguous i/l ("kiII").
    .replace(/(?<=\p{Ll}I*)I|I(?=I*\p{Ll})/gu, '|')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
  let out = '';
  for (const ch of base) out += CONFUSABLES[ch] ?? ch;
  return out;
}

/** The spellings a raw token may stand for: leet mapped, punctuation inside it dropped (`*` kept as a wildcard). */
function tokenForms(raw: string): string[] {
  const forms = new Set<string>();
  // Sentence punctuation around a word is not leetspeak ("shit!" is not "shiti").
  const word = raw.replace(/[!?.,'"]+$/, '').replace(/^['"(.]+/, '') || raw;
  for (const one of ['i', 'l']) {
    let s = '';
    for (const ch of word) {
      if (ch === '1' || ch === '|') s += one;
      else s += LEET[ch] ?? ch;
    }
    const clean = s.replace(/[^a-z*]/g, '');
    if (clean) forms.add(clean);
  }
  return [...forms];
}

/** The normalised tokens of a text (first form of each), and every alternative form for matching. */
export function tokenize(text: string): { tokens: string[]; forms: string[][] } {
  const raws = foldText(text)
    .split(/[\s/\\,;:()[\]{}<>"“”]+/u)
    .filter(Boolean);
  const forms = raws.map(tokenForms).filter((f) => f.length > 0);
  return { tokens: forms.map((f) => f[0]!.replace(/\*/g, '')), forms };
}

// ------------------------------------------------------------------ matching

/** Runs of three or more of one letter to two ("fuuuuck" to "fuuck"). */
const squeeze2 = (s: string) => s.replace(/(.)\1{2,}/g, '$1$1');
/** Every run of one letter to one ("fuuck" to "fuck"), compared only when the token was elongated. */
const squeeze1 = (s: string) => s.replace(/(.)\1+/g, '$1');

interface Lexicon {
  exact: Map<string, WordEntry>;
  squeezed: Map<string, WordEntry>;
  embedded: WordEntry[];
  byLength: Map<number, string[]>;
}

function buildLexicon(words: WordEntry[]): Lexicon {
  const exact = new Map<string, WordEntry>();
  const squeezed = new Map<string, WordEntry>();
  const byLength = new Map<number, string[]>();
  const add = (form: string, entry: WordEntry) => {
    const prior = exact.get(form);
    if (!prior || prior.severity < entry.severity) exact.set(form, entry);
    const sq = squeeze1(form);
    const priorSq = squeezed.get(sq);
    if (!priorSq || priorSq.severity < entry.severity) squeezed.set(sq, entry);
    byLength.set(form.length, [...(byLength.get(form.length) ?? []), form]);
  };
  for (const entry of words) {
    add(entry.word, entry);
    if (entry.suffixes) for (const suffix of INFLECTIONS) add(entry.word + suffix, entry);
  }
  return { exact, squeezed, embedded: words.filter((w) => w.embedded), byLength };
}

const LEXICON = buildLexicon(WORDS);

function matchWord(token: string): WordEntry | null {
  if (token.includes('*')) {
    // A masked word ("f*ck", "sh**"): some list word of the same length that fits the mask.
    const stars = token.split('*').length - 1;
    if (stars * 2 > token.length) return null;
    const mask = new RegExp(`^${token.replace(/[^a-z*]/g, '').replace(/\*/g, '[a-z]')}$`);
    for (const form of LEXICON.byLength.get(token.length) ?? []) if (mask.test(form)) return LEXICON.exact.get(form)!;
    return null;
  }
  const exact = LEXICON.exact.get(token) ?? LEXICON.exact.get(squeeze2(token));
  if (exact) return exact;
  if (/(.)\1\1/.test(token)) {
    const elongated = LEXICON.squeezed.get(squeeze1(token));
    if (elongated) return elongated;
  }
  for (const entry of LEXICON.embedded)
    if (token.length > entry.word.length && squeeze1(token).includes(squeeze1(entry.word))) return entry;
  return null;
}

/** Whether a token stream (" a b c ") holds the phrase, followed by none of its harmless next words. */
function phraseIn(stream: string, p: PhraseEntry): boolean {
  const needle = ` ${p.phrase} `;
  for (let at = stream.indexOf(needle); at >= 0; at = stream.indexOf(needle, at + 1)) {
    const next = stream.slice(at + needle.length).split(' ', 1)[0] ?? '';
    if (!p.unless?.includes(next)) return true;
  }
  return false;
}

const PHRASE_LIST: (PhraseEntry & { compact: string })[] = PHRASES.map((p) => ({ ...p, compact: p.phrase.replace(/ /g, '') }));

/**
 * Candidate tokens: each token's forms, runs of single letters joined ("f u c k": `run`), and two or
 * three adjacent short pieces joined ("fu ck", "fa gg ot": `pieces`); pieces only count for words of
 * four letters or more.
 */
function candidates(forms: string[][]): { text: string; kind: 'form' | 'run' | 'pieces' }[] {
  const out: { text: string; kind: 'form' | 'run' | 'pieces' }[] = [];
  for (const f of forms) for (const t of f) out.push({ text: t, kind: 'form' });
  const firsts = forms.map((f) => f[0]!);
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 3) out.push({ text: run.join(''), kind: 'run' });
    run = [];
  };
  for (const t of firsts) {
    if (t.length === 1) run.push(t);
    else flush();
  }
  flush();
  const short = (t: string | undefined): t is string => t !== undefined && t.length >= 2 && t.length <= 3;
  for (let i = 0; i + 1 < firsts.length; i++) {
    const [a, b, c] = [firsts[i], firsts[i + 1], firsts[i + 2]];
    if (short(a) && short(b)) {
      out.push({ text: a + b, kind: 'pieces' });
      if (short(c)) out.push({ text: a + b + c, kind: 'pieces' });
    }
  }
  return out;
}

const URL_PATTERN =
  /\b(?:https?:\/\/[^\s<>"]+|www\.[^\s<>"]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|ly|co|me|xyz|info|biz|ru|cn|top|click|link|gl|gd|at|cc|gy|ink|to|site|online|shop)\b(?:\/[^\s<>"]*)?)/gi;

/** The links of a text, each as its lower-case host. */
export function findLinks(text: string): string[] {
  const hosts: string[] = [];
  for (const match of text.slice(0, MAX_CLASSIFIED_CHARS).matchAll(URL_PATTERN)) {
    const host = match[0]
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, '')
      .split(/[/?#:,;)!'"]/)[0]!
      .replace(/\.+$/, '');
    hosts.push(host);
  }
  return hosts;
}

/** A text's fingerprint for duplicate detection: its normalised tokens. */
export function textFingerprint(text: string): string {
  return tokenize(text).tokens.join(' ');
}

function jaccard(a: string[], b: string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  let inter = 0;
  for (const x of sa) if (sb.has(x)) inter++;
  return inter / (sa.size + sb.size - inter || 1);
}

/** Clamps a reputation into -100..100 (NaN is 0). */
export function clampReputation(value: number): number {
  return Number.isFinite(value) ? Math.max(-100, Math.min(100, Math.round(value))) : 0;
}

/** What moderators' decisions do to an author's reputation. */
export const REPUTATION_DELTAS = {
  /** The content was removed (the flag or hold was upheld). */
  removed: -15,
  /** A held or flagged text was approved (the classifier was wrong). */
  approved: 3,
  /** An appeal against a removal was upheld by a moderator (removal stands). */
  appealUpheld: -5,
  /** An appeal was granted: the removal is reversed and its penalty more than given back. */
  appealGranted: 20,
} as const;

/** The reputation after a decision; see {@link REPUTATION_DELTAS}. */
export function reputationAfter(current: number, decision: keyof typeof REPUTATION_DELTAS): number {
  return clampReputation(current + REPUTATION_DELTAS[decision]);
}

/**
 * Classifies one text. Word-list hits (after undoing leetspeak, spacing, punctuation inside words,
 * repeated letters, homoglyphs, diacritics and zero-width characters), threat and spam phrases, links
 * (many, or through a shortener), repeated text, all caps and duplicates of the author's recent texts
 * each give a reason with a weight; the score combines them as independent signals
 * (1 - Π(1 - w)). A negative reputation raises the score of a text that has reasons (up to ×1.5 at
 * -100), a positive one lowers it (down to ×0.75 at +100), and an author at or below
 * {@link LOW_REPUTATION} is flagged whatever they write.
 */
export function classifyContent(input: ModerationInput): ModerationResult {
  const reasons: ModerationReason[] = [];
  const seen = new Set<string>();
  const add = (code: ModerationReasonCode, detail: string, weight: number) => {
    const key = `${code}:${detail}`;
    if (seen.has(key)) return;
    seen.add(key);
    reasons.push({ code, detail, weight });
  };
  const text = input.text.slice(0, MAX_CLASSIFIED_CHARS);
  const { tokens, forms } = tokenize(text);

  const cands = candidates(forms);
  for (const cand of cands) {
    const entry = matchWord(cand.text);
    if (!entry || (cand.kind === 'pieces' && entry.word.length < 4)) continue;
    add(entry.category, entry.word, SEVERITY_WEIGHT[entry.severity]);
  }
  // Both readings of ambiguous letters ("kiII" is "kill"), and spaced-out phrases as one token.
  const streams = [0, 1].map((k) => ` ${forms.map((f) => (f[k] ?? f[0]!).replace(/\*/g, '')).join(' ')} `);
  const compact = new Map(cands.map((c) => [c.text, c.kind]));
  for (const p of PHRASE_LIST) {
    const kind = compact.get(p.compact);
    if (streams.some((st) => phraseIn(st, p)) || kind === 'run' || (p.compact.length >= 6 && kind !== undefined)) {
      add(p.category, p.phrase, SEVERITY_WEIGHT[p.severity]);
    }
  }

  const links = findLinks(foldText(text));
  if (links.length >= 5) add('LINKS', `${links.length} links`, 0.6);
  else if (links.length >= 3) add('LINKS', `${links.length} links`, 0.4);
  for (const host of links) if (LINK_SHORTENERS.includes(host)) add('LINK_SHORTENER', host, 0.45);

  if (tokens.length >= 6) {
    const distinct = new Set(tokens).size;
    if (distinct / tokens.length <= 0.35) add('REPEATED_TEXT', `${distinct} distinct of ${tokens.length} words`, 0.45);
  }
  if (/(.)\1{11,}/u.test(text.replace(/\s/g, ''))) add('REPEATED_TEXT', 'a character repeated 12 times or more', 0.2);

  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = text.replace(/[^\p{Lu}]/gu, '').length;
  if (letters.length >= 12 && upper / letters.length >= 0.8)
    add('ALL_CAPS', `${Math.round((100 * upper) / letters.length)}% capitals`, 0.2);

  const mine = tokens.join(' ');
  if (mine.length >= 15) {
    for (const recent of (input.recentTexts ?? []).slice(0, 50)) {
      const theirs = tokenize(recent).tokens;
      if (theirs.join(' ') === mine || (tokens.length >= 5 && jaccard(tokens, theirs) >= 0.85)) {
        add('DUPLICATE', 'same as a recent text of the author', 0.45);
        break;
      }
    }
  }

  const reputation = clampReputation(input.reputation ?? 0);
  let score = 1 - reasons.reduce((keep, r) => keep * (1 - r.weight), 1);
  if (score > 0) score *= reputation < 0 ? 1 + (-reputation / 100) * 0.5 : 1 - (reputation / 100) * 0.25;
  if (reputation <= LOW_REPUTATION) {
    add('LOW_REPUTATION', `author reputation ${reputation}`, 0);
    score = Math.max(score, FLAG_SCORE);
  }
  score = Math.round(Math.min(1, score) * 1000) / 1000;
  const verdict: ModerationVerdict = score >= HOLD_SCORE ? 'HOLD' : score >= FLAG_SCORE ? 'FLAG' : 'ALLOW';
  reasons.sort((a, b) => b.weight - a.weight);
  return { verdict, score, reasons };
}

/** One line for a queue or a log: "HOLD 0.93: THREAT kill yourself; PROFANITY fuck". */
export function describeModeration(result: ModerationResult): string {
  const why = result.reasons.map((r) => `${r.code} ${r.detail}`).join('; ');
  return `${result.verdict} ${result.score}${why ? `: ${why}` : ''}`;
}

// ------------------------------------------------------------------ the event contract

/** Content kinds the moderation subgraph keeps cases for, and the subgraph that owns each. */
export type ModeratedContentType = 'SOCIAL_POST' | 'CHAT_MESSAGE' | 'PUBLISHING_COMMENT';

/**
 * The event a content subgraph records (in the transaction that stores the content) when the
 * classifier flags or holds it: `<subgraph>.content.moderated`, payload {@link ModerationReport}.
 */
export const MODERATION_REPORT_EVENTS = ['social.content.moderated', 'chat.content.moderated', 'publishing.content.moderated'];
/** The event moderation records when a moderator decides: payload {@link ModerationDecision}. */
export const MODERATION_DECIDED_EVENT = 'moderation.case.decided';

/** What a content subgraph reports about held or flagged content. */
export interface ModerationReport {
  contentType: ModeratedContentType;
  contentId: string;
  authorId: string;
  excerpt: string;
  verdict: 'FLAG' | 'HOLD';
  score: number;
  reasons: ModerationReason[];
}

/** What moderation announces: publish or remove the content; the author's reputation after it. */
export interface ModerationDecision {
  caseId: string;
  contentType: ModeratedContentType;
  contentId: string;
  authorId: string;
  action: 'PUBLISH' | 'REMOVE';
  reputation: number;
}

const CONTENT_TYPES: ModeratedContentType[] = ['SOCIAL_POST', 'CHAT_MESSAGE', 'PUBLISHING_COMMENT'];
const str = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 500;

/** The payload of a `<subgraph>.content.moderated` event (the excerpt cut to 500 characters). */
export function moderationReport(report: ModerationReport): Record<string, unknown> {
  return { ...report, excerpt: report.excerpt.slice(0, 500), reasons: report.reasons.slice(0, 20) };
}

/** The status content gets from its verdict: HELD (its author alone sees it), FLAGGED (visible, queued) or PUBLISHED. */
export function moderationStatusOf(result: ModerationResult): 'HELD' | 'FLAGGED' | 'PUBLISHED' {
  return result.verdict === 'HOLD' ? 'HELD' : result.verdict === 'FLAG' ? 'FLAGGED' : 'PUBLISHED';
}

/**
 * Reports held or flagged content to moderation: records `eventType` (`<subgraph>.content.moderated`)
 * in `em`'s unit of work, so the case exists if and only if the content was stored. Nothing for ALLOW.
 */
export function reportModeration(
  em: Em,
  eventType: string,
  content: Pick<ModerationReport, 'contentType' | 'contentId' | 'authorId' | 'excerpt'>,
  result: ModerationResult,
): void {
  if (result.verdict === 'ALLOW') return;
  recordEvent(em, eventType, moderationReport({ ...content, verdict: result.verdict, score: result.score, reasons: result.reasons }));
}

/** Reads a report event's payload; null when it is not one (a consumer acknowledges and skips it). */
export function readModerationReport(payload: Record<string, unknown>): ModerationReport | null {
  const { contentType, contentId, authorId, excerpt, verdict, score, reasons } = payload;
  if (!CONTENT_TYPES.includes(contentType as ModeratedContentType) || !str(contentId) || !str(authorId)) return null;
  if ((verdict !== 'FLAG' && verdict !== 'HOLD') || typeof score !== 'number' || typeof excerpt !== 'string' || !Array.isArray(reasons))
    return null;
  const clean = (reasons as unknown[])
    .filter((r): r is ModerationReason => typeof r === 'object' && r !== null && str((r as ModerationReason).code))
    .slice(0, 20)
    .map((r) => ({ code: r.code, detail: String(r.detail ?? '').slice(0, 200), weight: Number(r.weight) || 0 }));
  return {
    contentType: contentType as ModeratedContentType,
    contentId,
    authorId,
    excerpt: excerpt.slice(0, 500),
    verdict,
    score,
    reasons: clean,
  };
}

/** Reads a decision event's payload; null when it is not one. */
export function readModerationDecision(payload: Record<string, unknown>): ModerationDecision | null {
  const { caseId, contentType, contentId, authorId, action, reputation } = payload;
  if (!CONTENT_TYPES.includes(contentType as ModeratedContentType) || !str(caseId) || !str(contentId) || !str(authorId)) return null;
  if ((action !== 'PUBLISH' && action !== 'REMOVE') || typeof reputation !== 'number') return null;
  return { caseId, contentType: contentType as ModeratedContentType, contentId, authorId, action, reputation: clampReputation(reputation) };
}

export { type ModerationCategory } from './moderation-words';
