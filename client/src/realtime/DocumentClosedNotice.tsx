import { useTranslation } from 'react-i18next';
import { type CloseName, closeName } from '../../../shared/realtimeProtocol';
import { Notice } from '../forms/Notice';

/** The closes a person is told about in words of their own; any other says its code. */
const EXPLAINED = [
  'deleted',
  'notFound',
  'revoked',
  'unauthenticated',
  'badOrigin',
  'documentTooLarge',
  'invalidUpdate',
] as const satisfies readonly CloseName[];

const explained = (name: CloseName | undefined): name is (typeof EXPLAINED)[number] =>
  EXPLAINED.some((n) => n === name);

/**
 * Why a live document stopped for good (the server closed it with a 44xx code: deleted, access
 * revoked, signed out…), said plainly; nothing while it is open or only reconnecting.
 */
export function DocumentClosedNotice({
  closed,
}: {
  closed: { code: number; reason: string } | null;
}) {
  const { t } = useTranslation();
  if (!closed) return null;
  const name = closeName(closed);
  return (
    <Notice tone="error">
      {explained(name)
        ? t(`connection.closed.${name}`)
        : t('connection.closed.other', { code: closed.code })}
    </Notice>
  );
}
