import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../../shared/board/agency';
import type { Board } from '../../../../shared/board/document';
import type { Tie } from '../../../../shared/board/tie';
import { LAYERS } from '../../../../shared/domain';
import { useFormatList } from '../../i18n/useFormatList';
import { type Column, SortableTable } from '../../tables/SortableTable';
import { useTieName } from '../tieName';
import { LIST_ID } from '../workspace/BoardSkipLinks';

type Props = {
  board: Board;
  /** The agencies to list (the filter's result); all when null. */
  visible: ReadonlySet<string> | null;
  readOnly: boolean;
  onEdit: (agency: Agency) => void;
  onDeleteAgency: (agency: Agency) => void;
  onEditTie: (tie: Tie) => void;
  onDeleteTie: (tie: Tie) => void;
};

/** Every agency and tie as sortable tables: the board for keyboard and screen-reader users. */
export function ListView({
  board,
  visible,
  readOnly,
  onEdit,
  onDeleteAgency,
  onEditTie,
  onDeleteTie,
}: Props) {
  const { t } = useTranslation('board');
  const joinList = useFormatList();
  const nameTie = useTieName(board.agencies);
  const names = new Map(board.agencies.map((a) => [a.id, a.name]));
  const agencies = visible ? board.agencies.filter((a) => visible.has(a.id)) : board.agencies;
  const fields = (a: Agency) => joinList(a.fields.map((c) => t(`fields.${c}`)));

  const agencyColumns: Column<Agency>[] = [
    {
      key: 'name',
      label: t('agency.name'),
      sortValue: (a) => a.kana ?? a.name,
      cell: (a) => (a.notListedSince ? `${a.name} ${t('official.notListedMark')}` : a.name),
      rowHeader: true,
    },
    {
      key: 'layer',
      label: t('agency.layer'),
      sortValue: (a) => LAYERS.indexOf(a.layer),
      cell: (a) => t(`layers.${a.layer}`),
    },
    {
      key: 'fields',
      label: t('agency.fields'),
      sortValue: fields,
      cell: fields,
    },
    {
      key: 'hubFunctions',
      label: t('agency.hubFunctions'),
      sortValue: (a) => a.hubFunctions.length,
      cell: (a) => joinList(a.hubFunctions.map((c) => t(`hubFunctions.${c}`))),
    },
    {
      key: 'supportNeeds',
      label: t('agency.supportNeeds'),
      sortValue: (a) => a.supportNeeds.length,
      cell: (a) => joinList(a.supportNeeds.map((c) => t(`supportNeeds.${c}`))),
    },
    {
      key: 'night',
      label: t('agency.nightHolidayResponse'),
      sortValue: (a) => a.nightHolidayResponse,
      cell: (a) => t(`nightHoliday.${a.nightHolidayResponse}`),
    },
    {
      key: 'area',
      label: t('agency.area'),
      sortValue: (a) => a.area ?? '',
      cell: (a) => a.area ?? '',
    },
  ];

  const tieColumns: Column<Tie>[] = [
    {
      key: 'from',
      label: t('tie.from'),
      sortValue: (x) => names.get(x.from) ?? '',
      cell: (x) => names.get(x.from),
      rowHeader: true,
    },
    {
      key: 'to',
      label: t('tie.to'),
      sortValue: (x) => names.get(x.to) ?? '',
      cell: (x) => names.get(x.to),
    },
    {
      key: 'kind',
      label: t('tie.kind'),
      sortValue: (x) => x.kind,
      cell: (x) => t(`tieKinds.${x.kind}`),
    },
    {
      key: 'direction',
      label: t('tie.direction'),
      sortValue: (x) => x.direction,
      cell: (x) => t(`directions.${x.direction}`),
    },
    {
      key: 'strength',
      label: t('tie.strength'),
      sortValue: (x) => x.strength,
      cell: (x) => x.strength,
    },
    {
      key: 'note',
      label: t('tie.note'),
      sortValue: (x) => x.note ?? '',
      cell: (x) => x.note ?? '',
    },
  ];

  return (
    <div id={LIST_ID} tabIndex={-1} className="board-list">
      {board.problems.length > 0 && (
        <p className="notice notice-info">{t('list.problems', { count: board.problems.length })}</p>
      )}
      <SortableTable
        caption={t('list.agenciesTitle', { count: agencies.length })}
        columns={agencyColumns}
        rows={agencies}
        rowKey={(a) => a.id}
        actions={
          readOnly
            ? undefined
            : (a) => (
                <>
                  <button
                    type="button"
                    className="button-secondary"
                    aria-label={t('list.editAgency', { name: a.name })}
                    onClick={() => onEdit(a)}
                  >
                    {t('list.edit')}
                  </button>
                  <button
                    type="button"
                    className="button-danger"
                    aria-label={t('list.deleteAgency', { name: a.name })}
                    onClick={() => onDeleteAgency(a)}
                  >
                    {t('list.delete')}
                  </button>
                </>
              )
        }
      />
      <SortableTable
        caption={t('list.tiesTitle', { count: board.ties.length })}
        columns={tieColumns}
        rows={board.ties}
        rowKey={(x) => x.id}
        actions={
          readOnly
            ? undefined
            : (x) => (
                <>
                  <button
                    type="button"
                    className="button-secondary"
                    aria-label={t('list.editTie', { tie: nameTie(x) })}
                    onClick={() => onEditTie(x)}
                  >
                    {t('list.edit')}
                  </button>
                  <button
                    type="button"
                    className="button-danger"
                    aria-label={t('list.deleteTie', { tie: nameTie(x) })}
                    onClick={() => onDeleteTie(x)}
                  >
                    {t('list.delete')}
                  </button>
                </>
              )
        }
      />
    </div>
  );
}
