import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE } from '../../../shared/realtimeProtocol';
import { createI18n } from '../i18n/i18n';
import { DocumentClosedNotice } from './DocumentClosedNotice';

function renderNotice(locale: 'ja' | 'en', closed: { code: number; reason: string } | null) {
  return render(
    <I18nextProvider i18n={createI18n(locale)}>
      <DocumentClosedNotice closed={closed} />
    </I18nextProvider>,
  );
}

describe('DocumentClosedNotice', () => {
  afterEach(cleanup);

  it('says a deleted document was deleted, in Japanese and in English', () => {
    renderNotice('ja', CLOSE.deleted);
    expect(screen.getByRole('alert').textContent).toContain('この文書は削除されました');
    cleanup();
    renderNotice('en', CLOSE.deleted);
    expect(screen.getByRole('alert').textContent).toContain('This document has been deleted');
  });

  it('tells a revoked access from a refused origin, though both are 4403', () => {
    renderNotice('en', CLOSE.revoked);
    expect(screen.getByRole('alert').textContent).toContain('no longer have access');
    cleanup();
    renderNotice('en', CLOSE.badOrigin);
    expect(screen.getByRole('alert').textContent).toContain("page's address");
  });

  it('names the code of a close it has no words for, and says nothing while open', () => {
    renderNotice('ja', { code: 4499, reason: 'new' });
    expect(screen.getByRole('alert').textContent).toContain('4499');
    cleanup();
    const { container } = renderNotice('ja', null);
    expect(container.textContent).toBe('');
  });
});
