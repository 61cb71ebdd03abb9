// The two packages ship no types; these are the parts the analyser uses.
declare module 'kuroshiro-analyzer-kuromoji' {
  export type KuromojiToken = {
    surface_form: string;
    pos: string;
    reading?: string;
    pronunciation?: string;
  };
  export default class KuromojiAnalyzer {
    constructor(options?: { dictPath?: string });
    init(): Promise<void>;
    parse(text: string): Promise<KuromojiToken[]>;
  }
}

// kuroshiro's token fixes (a verb's trailing っ and volitional う kept with it), which its
// public Util leaves out.
declare module 'kuroshiro/lib/util.js' {
  import type { KuromojiToken } from 'kuroshiro-analyzer-kuromoji';
  export function patchTokens(tokens: KuromojiToken[]): KuromojiToken[];
}
