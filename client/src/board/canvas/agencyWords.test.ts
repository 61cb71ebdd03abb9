import { describe, expect, it } from 'vitest';
import { formatList } from '../../../../shared/issues/issueText';
import { createI18n } from '../../i18n/i18n';
import { type AgencyTranslate, type AgencyWordKey, agencyWordsIn } from './agencyWords';
import { testAgency } from './testAgency';

describe('agency words', () => {
  it('names the agency with its layer and fields, and its badges in the reader’s language', async () => {
    const board = createI18n('ja').getFixedT('ja', 'board');
    const lookups: string[] = [];
    const t: AgencyTranslate = (
      key: AgencyWordKey | 'canvas.nodeLabel',
      values?: { name: string; layer: string; fields: string },
    ) => {
      lookups.push(key);
      return board(key, values);
    };
    const wordsOf = agencyWordsIn(t, (items) => formatList('ja', items));
    const agency = testAgency('a', 'core', {
      name: 'ひだまり',
      fields: ['disability', 'child'],
      hubFunctions: ['emergency'],
      nightHolidayResponse: 'both',
    });
    expect(wordsOf(agency)).toEqual({
      label: 'ひだまり、Ⅱ 中核機関、分野：障害、児童・子ども',
      badges: [{ key: 'emergency', short: '③', title: '③緊急時の受入れ・対応' }],
      night: '夜間・休日',
    });
    expect(wordsOf(testAgency('b', 'core')).night).toBeNull();
    // The second agency's layer and field words came from the first lookup: only its name is new.
    expect(lookups.filter((key) => key === 'layers.core')).toHaveLength(1);
  });

  it('joins the fields the English way in English', () => {
    const english = createI18n('en').getFixedT('en', 'board');
    const wordsOf = agencyWordsIn(english, (items) => formatList('en', items));
    const agency = testAgency('a', 'core', { name: 'Hidamari', fields: ['child', 'education'] });
    expect(wordsOf(agency).label).toBe(
      'Hidamari, II Core institutions, fields: Children and Education',
    );
  });
});
