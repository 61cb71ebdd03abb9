import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * On a narrow window, tools that do not fit the toolbar: a disclosure that closes again with Esc
 * (focus back on its button) or when focus leaves it. On a wide window the tools stand inline.
 */
export function OverflowMenu({ inline, children }: { inline: boolean; children: ReactNode }) {
  const { t } = useTranslation('board');
  const menu = useRef<HTMLDetailsElement>(null);
  if (inline) return children;
  const close = () => {
    if (menu.current) menu.current.open = false;
  };
  return (
    <details
      ref={menu}
      className="tool-overflow"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !menu.current?.open) return;
        event.stopPropagation();
        close();
        menu.current.querySelector('summary')?.focus();
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) close();
      }}
    >
      <summary className="button-secondary">{t('workspace.more')}</summary>
      <div className="tool-overflow-items">{children}</div>
    </details>
  );
}
