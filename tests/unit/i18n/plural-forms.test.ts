import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { loadMoreStrings } from '../../../src/i18n/more-strings';
import { setupI18n } from '../../../src/i18n/setup-i18n';

/** Every text of a catalogue by its key as i18next addresses it ("board.count_one"). */
function textsOf(catalogue: object, prefix = ''): [string, string][] {
  return Object.entries(catalogue).flatMap(([key, value]): [string, string][] => (typeof value === 'string' ? [[`${prefix}${key}`, value]] : textsOf(value as object, `${prefix}${key}.`)));
}

describe('counts in the interface', () => {
  it('are said in the singular for one in English, and the same way for every count in Chinese', async () => {
    const english = await setupI18n('en');
    await loadMoreStrings();
    expect(english.t('board.count', { count: 1 })).toBe('1 card');
    expect(english.t('board.count', { count: 2 })).toBe('2 cards');
    expect(english.t('board.cardsIn', { place: 'To do', count: 1 })).toBe('To do (1 card)');
    expect(english.t('board.deleteColumnBody', { count: 1 })).toBe('Its card is moved, not deleted.');
    expect(english.t('dashboard.days', { count: 1 })).toBe('1 day');
    expect(english.t('dashboard.tasksDone', { count: 1 })).toBe('task done');
    expect(english.t('dashboard.tasksDone', { count: 0 })).toBe('tasks done');
    expect(english.t('raci.violations', { count: 1 })).toBe('1 task needs exactly one Accountable (A)');
    expect(english.t('reviews.slippedItem', { title: 'Ads', due: '2026-12-04', count: 1 })).toBe('Ads — due 2026-12-04, 1 day late');
    expect(english.t('reviews.slippedItem', { title: 'Ads', due: '2026-12-04', count: 3 })).toBe('Ads — due 2026-12-04, 3 days late');
    const chinese = await setupI18n('zh-CN');
    expect(chinese.t('reviews.slippedItem', { title: 'Ads', due: '2026-12-04', count: 1 })).toBe('Ads — 截止 2026-12-04，延期 1 天');
  });

  it('has a general form beside every singular one, with the same placeholders', () => {
    const texts = new Map(textsOf(en));
    const singulars = [...texts.keys()].filter((key) => key.endsWith('_one'));
    expect(singulars.length).toBeGreaterThan(5);
    const placeholders = (text = '') => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).filter((name) => name !== 'count').sort();
    for (const singular of singulars) {
      const general = singular.slice(0, -'_one'.length);
      expect(texts.has(general), singular).toBe(true);
      expect(placeholders(texts.get(singular)), singular).toEqual(placeholders(texts.get(general)));
    }
  });
});
