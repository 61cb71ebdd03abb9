import { describe, expect, it } from 'vitest';
import { type Analyse, analyser } from './analyser';
import { createAnnotator } from './annotator';

describe('annotator', () => {
  it('asks the analyser once per text and keeps the most recently used', async () => {
    const asked: string[] = [];
    const counting = async (): Promise<Analyse> => {
      const analyse = await analyser();
      return (text) => {
        asked.push(text);
        return analyse(text);
      };
    };
    const annotate = createAnnotator({ cacheSize: 2, load: counting });
    const none = new Map<string, string>();
    const [first] = await annotate(['会議'], none);
    expect(first).toEqual([['会議', 'かいぎ']]);
    await annotate(['会議', '議題'], none);
    expect(asked).toEqual(['会議', '議題']);
    await annotate(['付箋'], none);
    await annotate(['議題'], none);
    await annotate(['会議'], none);
    expect(asked).toEqual(['会議', '議題', '付箋', '会議']);
  });

  it("reads the council's words and the UI's corrected words as given", async () => {
    const annotate = createAnnotator();
    const [ruby] = await annotate(['一人で桜台へ'], new Map([['桜台', 'さくらだい']]));
    expect(ruby).toEqual([['一人', 'ひとり'], 'で', ['桜台', 'さくらだい'], 'へ']);
  });
});
