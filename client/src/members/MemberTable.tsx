import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberView } from '../../../shared/api';
import { ROLES, type Role } from '../../../shared/domain';
import { api } from '../api/endpoints';
import { errorMessage } from '../api/errorMessage';
import type { ApiData } from '../api/useApiData';
import { Notice, type Outcome } from '../forms/Notice';
import { Options } from '../forms/Options';
import { formatDate } from '../i18n/formatDate';
import { type Column, SortableTable, textColumn } from '../tables/SortableTable';
import { MemberTwoStep } from '../twoStep/MemberTwoStep';

type Props = {
  councilId: string;
  myUserId: string;
  members: ApiData<MemberView[]>;
  onChanged: () => void;
  report: (outcome: Outcome) => void;
};

export function MemberTable({ councilId, myUserId, members, onChanged, report }: Props) {
  const { t, i18n } = useTranslation(['translation', 'twoStep']);
  // The server refuses to leave a council without a secretariat; both changes can hit that rule.
  const overrides = { conflict: 'members.lastSecretariat' } as const;

  const changeRole = async (member: MemberView, role: Role) => {
    try {
      await api.updateMember(councilId, member.userId, { role });
      report({
        tone: 'success',
        text: t('members.roleChanged', { name: member.displayName, role: t(`roles.${role}`) }),
      });
      onChanged();
    } catch (error) {
      report({ tone: 'error', text: errorMessage(error, i18n, overrides) });
    }
  };

  const remove = async (member: MemberView) => {
    if (!window.confirm(t('members.removeConfirm', { name: member.displayName }))) return;
    try {
      await api.removeMember(councilId, member.userId);
      report({ tone: 'success', text: t('members.removed', { name: member.displayName }) });
      onChanged();
    } catch (error) {
      report({ tone: 'error', text: errorMessage(error, i18n, overrides) });
    }
  };

  const columns: Column<MemberView>[] = [
    {
      key: 'name',
      label: t('members.name'),
      sortValue: (member) => member.displayName,
      cell: (member) => (
        <>
          {member.displayName}
          {member.userId === myUserId && <span>{t('members.you')}</span>}
        </>
      ),
      rowHeader: true,
    },
    textColumn('email', t('members.email'), (member) => member.email),
    {
      key: 'joinedAt',
      label: t('members.joinedAt'),
      sortValue: (member) => member.joinedAt,
      cell: (member) => formatDate(member.joinedAt, i18n.language),
    },
    {
      key: 'role',
      label: t('members.role'),
      sortValue: (member) => ROLES.indexOf(member.role),
      cell: (member) => <RoleForm member={member} onSubmit={(role) => changeRole(member, role)} />,
    },
    {
      key: 'secondFactor',
      label: t('twoStep:members.column'),
      sortValue: (member) => (member.secondFactor ? 1 : 0),
      cell: (member) => (
        <MemberTwoStep
          councilId={councilId}
          member={member}
          onChanged={onChanged}
          report={report}
        />
      ),
    },
  ];

  return (
    <section aria-labelledby="members-title" className="card">
      <h2 id="members-title">{t('members.listTitle')}</h2>
      {members.state === 'loading' && <p>{t('app.loading')}</p>}
      {members.state === 'failed' && (
        <Notice tone="error">{errorMessage(members.error, i18n)}</Notice>
      )}
      {members.state === 'ready' && (
        <SortableTable
          labelledBy="members-title"
          columns={columns}
          rows={members.data}
          rowKey={(member) => member.userId}
          actions={(member) => (
            <button
              type="button"
              className="button-danger"
              aria-label={t('members.removeLabel', { name: member.displayName })}
              onClick={() => remove(member)}
            >
              {t('members.remove')}
            </button>
          )}
        />
      )}
    </section>
  );
}

function RoleForm({ member, onSubmit }: { member: MemberView; onSubmit: (role: Role) => void }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(member.role);
  const id = `role-${member.userId}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(role);
  };
  return (
    <form onSubmit={submit} className="role-form">
      <label htmlFor={id} className="visually-hidden">
        {t('members.roleFor', { name: member.displayName })}
      </label>
      <select id={id} value={role} onChange={(e) => setRole(e.target.value as Role)}>
        <Options options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
      </select>
      {/* biome-ignore lint/plugin/noClientRoleComparison: the role being edited, not a permission */}
      <button type="submit" className="button-secondary" disabled={role === member.role}>
        {t('members.changeRole')}
      </button>
    </form>
  );
}
