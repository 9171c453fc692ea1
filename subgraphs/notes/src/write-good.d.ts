declare module 'write-good' {
  interface Suggestion {
    index: number;
    /** The length of the flagged text (write-good calls it offset). */
    offset: number;
    reason: string;
  }
  type Checks = Partial<
    Record<'passive' | 'illusion' | 'so' | 'thereIs' | 'weasel' | 'adverb' | 'tooWordy' | 'cliches' | 'eprime', boolean>
  >;
  function writeGood(text: string, checks?: Checks): Suggestion[];
  export = writeGood;
}
