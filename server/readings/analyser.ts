import {
  joinPlain,
  needsReading,
  type Ruby,
  type RubySegment,
  wordRuby,
} from '../../shared/readings/ruby';

// Readings of Japanese text by kuromoji (through kuroshiro's analyser and its token fixes). Its
// dictionary takes ~0.9 s and ~350 MB to load (Node 20), so it is loaded on the first text that needs it,
// once per process, and never by a server or test that does not annotate anything.

export type Analyse = (text: string) => Promise<Ruby>;

let loading: Promise<Analyse> | null = null;

export function analyser(): Promise<Analyse> {
  loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

async function load(): Promise<Analyse> {
  const [{ default: KuromojiAnalyzer }, { patchTokens }] = await Promise.all([
    import('kuroshiro-analyzer-kuromoji'),
    import('kuroshiro/lib/util.js'),
  ]);
  const kuromoji = new KuromojiAnalyzer();
  await kuromoji.init();
  const analyse: Analyse = async (text) => {
    if (!needsReading(text)) return [text];
    const tokens = patchTokens(await kuromoji.parse(text));
    const segments: RubySegment[] = [];
    for (const token of tokens) {
      const reading = token.reading;
      // A word the dictionary does not know has no reading: read its kanji one by one instead.
      if (needsReading(token.surface_form) && (!reading || reading === token.surface_form)) {
        segments.push(...(await readOneByOne(token.surface_form, kuromoji)));
      } else segments.push(...wordRuby(token.surface_form, reading ?? ''));
    }
    return joinPlain(segments);
  };
  return analyse;
}

async function readOneByOne(
  word: string,
  kuromoji: { parse(text: string): Promise<{ surface_form: string; reading?: string }[]> },
): Promise<RubySegment[]> {
  const out: RubySegment[] = [];
  for (const char of word) {
    const [token] = await kuromoji.parse(char);
    out.push(
      ...(token?.reading && token.surface_form === char ? wordRuby(char, token.reading) : [char]),
    );
  }
  return out;
}
