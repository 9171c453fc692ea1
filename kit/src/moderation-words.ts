/**
 * The moderation word list, maintained in the repository (no download at run time). Each entry is a
 * lower-case ASCII form as the normaliser produces it (kit/src/moderation.ts), its category and a
 * severity: 1 mild (alone it never holds anything back), 2 profanity/abuse (flags), 3 slurs and
 * threats (holds). Matching is by whole token, so "Scunthorpe", "assassin", "classic", "cocktail" and
 * "Dickens" are clean; `suffixes: true` also matches the word with one of INFLECTIONS appended
 * ("fucking", "bitches"), `embedded: true` also matches it inside a longer token (only for strings no
 * English word contains). Phrases match on the token stream ("kill yourself") and spaced out
 * ("k i l l  y o u r s e l f").
 *
 * To change the list: add or edit an entry here, add a labelled example of it (and of the clean word
 * it could be confused with) to kit/test/fixtures/moderation-labelled.json, and run
 * `npx jest kit/test/moderation.test.ts` and `npm run bench -- moderation`.
 */

export type ModerationCategory = 'SLUR' | 'PROFANITY' | 'SEXUAL' | 'THREAT' | 'SPAM';

export interface WordEntry {
  word: string;
  category: ModerationCategory;
  severity: 1 | 2 | 3;
  suffixes?: boolean;
  embedded?: boolean;
}

export interface PhraseEntry {
  phrase: string;
  category: ModerationCategory;
  severity: 1 | 2 | 3;
  /** Next words that make the phrase harmless ("shoot you a message", "go die hard fans"). */
  unless?: string[];
}

/** Endings a `suffixes: true` word may carry and still be the word. */
export const INFLECTIONS = [
  's',
  'es',
  'ed',
  'er',
  'ers',
  'ing',
  'in',
  'y',
  'ty',
  'ting',
  'head',
  'heads',
  'face',
  'hole',
  'holes',
  'bag',
  'bags',
  'wit',
  'wits',
];

export const WORDS: WordEntry[] = [
  // Slurs (severity 3). Kept short and explicit; variants come from the normaliser.
  { word: 'nigger', category: 'SLUR', severity: 3, suffixes: true, embedded: true },
  { word: 'nigga', category: 'SLUR', severity: 3, suffixes: true },
  { word: 'faggot', category: 'SLUR', severity: 3, suffixes: true, embedded: true },
  { word: 'fag', category: 'SLUR', severity: 3, suffixes: true },
  { word: 'kike', category: 'SLUR', severity: 3, suffixes: true },
  { word: 'spic', category: 'SLUR', severity: 3, suffixes: true },
  { word: 'chink', category: 'SLUR', severity: 3, suffixes: true },
  { word: 'wetback', category: 'SLUR', severity: 3, suffixes: true },
  { word: 'tranny', category: 'SLUR', severity: 3 },
  { word: 'trannies', category: 'SLUR', severity: 3 },
  { word: 'raghead', category: 'SLUR', severity: 3, suffixes: true },
  { word: 'towelhead', category: 'SLUR', severity: 3, suffixes: true },
  { word: 'gook', category: 'SLUR', severity: 3, suffixes: true },
  { word: 'paki', category: 'SLUR', severity: 3, suffixes: true },
  { word: 'retard', category: 'SLUR', severity: 2, suffixes: true },
  // Profanity and abuse (severity 2).
  { word: 'fuck', category: 'PROFANITY', severity: 2, suffixes: true, embedded: true },
  { word: 'fck', category: 'PROFANITY', severity: 2, suffixes: true },
  { word: 'fuk', category: 'PROFANITY', severity: 2, suffixes: true },
  { word: 'fuq', category: 'PROFANITY', severity: 2, suffixes: true },
  { word: 'fvck', category: 'PROFANITY', severity: 2, suffixes: true },
  { word: 'phuck', category: 'PROFANITY', severity: 2, suffixes: true },
  { word: 'phuk', category: 'PROFANITY', severity: 2, suffixes: true },
  { word: 'motherfucker', category: 'PROFANITY', severity: 2, suffixes: true, embedded: true },
  { word: 'shit', category: 'PROFANITY', severity: 2, suffixes: true },
  { word: 'bullshit', category: 'PROFANITY', severity: 2, suffixes: true },
  { word: 'horseshit', category: 'PROFANITY', severity: 2 },
  { word: 'bitch', category: 'PROFANITY', severity: 2, suffixes: true },
  { word: 'asshole', category: 'PROFANITY', severity: 2, suffixes: true },
  { word: 'arsehole', category: 'PROFANITY', severity: 2, suffixes: true },
  { word: 'dumbass', category: 'PROFANITY', severity: 2, suffixes: true },
  { word: 'jackass', category: 'PROFANITY', severity: 2, suffixes: true },
  { word: 'bastard', category: 'PROFANITY', severity: 2, suffixes: true },
  { word: 'cunt', category: 'PROFANITY', severity: 2, suffixes: true },
  { word: 'whore', category: 'PROFANITY', severity: 2, suffixes: true },
  { word: 'slut', category: 'PROFANITY', severity: 2, suffixes: true },
  { word: 'wanker', category: 'PROFANITY', severity: 2, suffixes: true },
  { word: 'twat', category: 'PROFANITY', severity: 2, suffixes: true },
  { word: 'douche', category: 'PROFANITY', severity: 2, suffixes: true },
  { word: 'dickhead', category: 'PROFANITY', severity: 2, suffixes: true },
  { word: 'stfu', category: 'PROFANITY', severity: 2 },
  { word: 'gtfo', category: 'PROFANITY', severity: 2 },
  { word: 'wtf', category: 'PROFANITY', severity: 1 },
  // Sexual (severity 2) and mild words (severity 1: never enough alone).
  { word: 'porn', category: 'SEXUAL', severity: 2, suffixes: true },
  { word: 'blowjob', category: 'SEXUAL', severity: 2, suffixes: true },
  { word: 'dick', category: 'PROFANITY', severity: 1, suffixes: true },
  { word: 'prick', category: 'PROFANITY', severity: 1, suffixes: true },
  { word: 'pussy', category: 'SEXUAL', severity: 1 },
  { word: 'ass', category: 'PROFANITY', severity: 1, suffixes: true },
  { word: 'arse', category: 'PROFANITY', severity: 1 },
  { word: 'piss', category: 'PROFANITY', severity: 1, suffixes: true },
  { word: 'damn', category: 'PROFANITY', severity: 1, suffixes: true },
  { word: 'crap', category: 'PROFANITY', severity: 1, suffixes: true },
  { word: 'idiot', category: 'PROFANITY', severity: 1, suffixes: true },
  { word: 'moron', category: 'PROFANITY', severity: 1, suffixes: true },
];

export const PHRASES: PhraseEntry[] = [
  // Threats and incitement (severity 3).
  { phrase: 'kill yourself', category: 'THREAT', severity: 3 },
  { phrase: 'kill urself', category: 'THREAT', severity: 3 },
  { phrase: 'kys', category: 'THREAT', severity: 3 },
  { phrase: 'i will kill you', category: 'THREAT', severity: 3 },
  { phrase: 'ill kill you', category: 'THREAT', severity: 3 },
  { phrase: 'gonna kill you', category: 'THREAT', severity: 3 },
  { phrase: 'going to kill you', category: 'THREAT', severity: 3 },
  { phrase: 'i will murder you', category: 'THREAT', severity: 3 },
  { phrase: 'murder you', category: 'THREAT', severity: 3 },
  { phrase: 'shoot you', category: 'THREAT', severity: 3, unless: ['a', 'an', 'the', 'some', 'over', 'my', 'our'] },
  { phrase: 'stab you', category: 'THREAT', severity: 3 },
  { phrase: 'hope you die', category: 'THREAT', severity: 3 },
  { phrase: 'you should die', category: 'THREAT', severity: 3 },
  { phrase: 'you deserve to die', category: 'THREAT', severity: 3 },
  { phrase: 'go die', category: 'THREAT', severity: 3, unless: ['hard'] },
  { phrase: 'burn your house', category: 'THREAT', severity: 3 },
  { phrase: 'know where you live', category: 'THREAT', severity: 3 },
  { phrase: 'find where you live', category: 'THREAT', severity: 3 },
  { phrase: 'rape you', category: 'THREAT', severity: 3 },
  { phrase: 'slit your throat', category: 'THREAT', severity: 3 },
  { phrase: 'beat you up', category: 'THREAT', severity: 2 },
  { phrase: 'shut up', category: 'PROFANITY', severity: 1 },
  // Spam phrases (severity 2: flag for review).
  { phrase: 'buy now', category: 'SPAM', severity: 2 },
  { phrase: 'click here', category: 'SPAM', severity: 2 },
  { phrase: 'free money', category: 'SPAM', severity: 2 },
  { phrase: 'work from home', category: 'SPAM', severity: 2 },
  { phrase: 'make money fast', category: 'SPAM', severity: 2 },
  { phrase: 'crypto giveaway', category: 'SPAM', severity: 2 },
  { phrase: 'double your bitcoin', category: 'SPAM', severity: 2 },
  { phrase: 'limited offer', category: 'SPAM', severity: 2 },
  { phrase: 'dm me for', category: 'SPAM', severity: 2 },
  { phrase: 'follow for follow', category: 'SPAM', severity: 2 },
  { phrase: 'cheap viagra', category: 'SPAM', severity: 2 },
];

/** Hosts of link shorteners: a shortened link hides where it goes. */
export const LINK_SHORTENERS = [
  'bit.ly',
  'tinyurl.com',
  'goo.gl',
  't.co',
  'ow.ly',
  'is.gd',
  'buff.ly',
  'cutt.ly',
  'rebrand.ly',
  'shorturl.at',
  'tiny.cc',
  'rb.gy',
  'v.gd',
  'bl.ink',
  't.ly',
];
