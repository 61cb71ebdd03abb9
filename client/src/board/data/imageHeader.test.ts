import { describe, expect, it } from 'vitest';
import { headerBand, type ImageHeader, shownCodes, withHeader } from './imageHeader';

const header: ImageHeader = {
  title: 'みどり市 <拠点> & ネットワーク',
  date: '2026年12月2日 時点',
  groups: [
    { heading: '層', items: [{ kind: 'text', label: 'Ⅱ 中核機関' }] },
    {
      heading: '分野',
      items: [
        { kind: 'symbol', label: '障害', symbol: '■', colour: '#1f4e8c' },
        { kind: 'symbol', label: '医療', symbol: '✚', colour: '#a4262c' },
      ],
    },
    { heading: 'つながり', items: [{ kind: 'line', label: '紹介・つなぎ', dash: '10 5' }] },
  ],
};

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('the band above a saved image', () => {
  it('writes the title, date and every legend entry as escaped SVG text', () => {
    const band = headerBand(header);
    expect(texts(band.svg)).toEqual([
      'みどり市 &#60;拠点&#62; &#38; ネットワーク',
      '2026年12月2日 時点',
      '層',
      'Ⅱ 中核機関',
      '分野',
      '■',
      '障害',
      '✚',
      '医療',
      'つながり',
      '紹介・つなぎ',
    ]);
    expect(band.svg).toContain('stroke-dasharray="10 5"');
    expect(band.width).toBeGreaterThanOrEqual(3 * 280);
    // Title and date, then the tallest column (heading and two fields).
    expect(band.height).toBe(100 + 2 * 22 + 24);
  });

  it('grows for a note and has no legend columns when nothing is shown', () => {
    const empty = headerBand({ ...header, groups: [] });
    const noted = headerBand({ ...header, groups: [], note: '線は模様なしで描きます' });
    expect(noted.height).toBe(empty.height + 22);
    expect(texts(noted.svg)).toContain('線は模様なしで描きます');
  });

  it('puts the map under the band, as wide as the wider of the two', () => {
    const band = headerBand(header);
    const whole = withHeader(
      { svg: '<svg width="300" height="200"></svg>', width: 300, height: 200 },
      band,
    );
    expect(whole).toMatchObject({ width: band.width, height: band.height + 200 });
    expect(whole.svg).toContain(`<g transform="translate(0 ${band.height})"><svg width="300"`);
  });

  it('lists only the layers, fields and tie kinds the board uses, in the app’s order', () => {
    const agency = (layer: 'core' | 'community', fields: ('medical' | 'child')[]) =>
      ({ layer, fields }) as never;
    expect(
      shownCodes({
        agencies: [agency('community', ['medical']), agency('core', ['child', 'medical'])],
        ties: [{ kind: 'contract' } as never],
      }),
    ).toEqual({
      layers: ['core', 'community'],
      fields: ['child', 'medical'],
      tieKinds: ['contract'],
    });
  });
});
