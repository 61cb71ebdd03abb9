import { type KeyboardEvent, type PointerEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Note,
  type NoteGroup,
  WALL_HEIGHT,
  WALL_WIDTH,
  type Wall,
} from '../../../../shared/meeting/noteWall';
import { UserText } from '../../furigana/UserText';
import { useRubyT } from '../../furigana/useRubyT';
import { useTintName } from './TintSelect';

type Props = {
  wall: Wall;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Null when this person may only look. */
  edit: {
    move: (id: string, x: number, y: number) => void;
    group: (id: string, groupId: string) => void;
    /** The key that asks which group to put the selected note in. */
    chooseGroup: () => void;
  } | null;
};

const STEP = 10;
const BIG_STEP = 50;
const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The wall: notes where people put them, and the groups (KJ法) with the notes put in them. A note
 * is dragged with the pointer onto the wall or into a group; by keyboard, arrows move the
 * selected note (Shift for larger steps) and G asks for its group.
 */
export function NoteBoard({ wall, selectedId, onSelect, edit }: Props) {
  const { t } = useTranslation();
  const board = useRef<HTMLElement>(null);
  const [drag, setDrag] = useState<{
    id: string;
    x: number;
    y: number;
    dx: number;
    dy: number;
  } | null>(null);
  const loose = wall.notes.filter(
    (n) => !n.groupId || !wall.groups.some((g) => g.id === n.groupId),
  );

  const onKeyDown = (note: Note, event: KeyboardEvent) => {
    if (!edit) return;
    const arrow = ARROWS[event.key];
    if (arrow && !note.groupId) {
      event.preventDefault();
      const step = event.shiftKey ? BIG_STEP : STEP;
      edit.move(note.id, note.x + arrow[0] * step, note.y + arrow[1] * step);
    } else if (event.key === 'g' || event.key === 'G') {
      event.preventDefault();
      onSelect(note.id);
      edit.chooseGroup();
    }
  };

  const onPointerDown = (note: Note, event: PointerEvent<HTMLElement>) => {
    onSelect(note.id);
    if (!edit || event.button !== 0) return;
    const box = board.current?.getBoundingClientRect();
    if (!box) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const at = note.groupId ? { x: event.clientX - box.left, y: event.clientY - box.top } : note;
    setDrag({
      id: note.id,
      x: at.x,
      y: at.y,
      dx: event.clientX - box.left - at.x,
      dy: event.clientY - box.top - at.y,
    });
  };
  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const box = board.current?.getBoundingClientRect();
    if (!drag || !box) return;
    setDrag({
      ...drag,
      x: event.clientX - box.left - drag.dx,
      y: event.clientY - box.top - drag.dy,
    });
  };
  const onPointerUp = (note: Note, event: PointerEvent<HTMLElement>) => {
    if (!drag || !edit) return;
    setDrag(null);
    const moved = Math.abs(drag.x - note.x) + Math.abs(drag.y - note.y) > 3;
    const target = document
      .elementsFromPoint(event.clientX, event.clientY)
      .map((el) => el.closest<HTMLElement>('[data-group-id]'))
      .find(Boolean);
    const groupId = target?.dataset.groupId;
    if (groupId) {
      if (groupId !== note.groupId) edit.group(note.id, groupId);
    } else if (moved || note.groupId) {
      const box = board.current?.getBoundingClientRect();
      const inside =
        box &&
        event.clientX >= box.left &&
        event.clientX <= box.right &&
        event.clientY >= box.top &&
        event.clientY <= box.bottom;
      if (inside) edit.move(note.id, drag.x, drag.y);
    }
  };

  const noteButton = (note: Note, placed: boolean) => {
    const dragging = drag?.id === note.id;
    // A note in a group stays in its list while dragged; where it is dropped decides.
    const style = placed
      ? { left: dragging ? drag.x : note.x, top: dragging ? drag.y : note.y }
      : undefined;
    return (
      <NoteCard
        key={note.id}
        note={note}
        selected={note.id === selectedId}
        placed={placed}
        style={style}
        onClick={() => onSelect(note.id)}
        onKeyDown={(e) => onKeyDown(note, e)}
        onPointerDown={(e) => onPointerDown(note, e)}
        onPointerMove={onPointerMove}
        onPointerUp={(e) => onPointerUp(note, e)}
      />
    );
  };

  return (
    <div className="note-board-wrap">
      <div className="note-board-scroll">
        <section
          ref={board}
          className="note-board"
          style={{ width: WALL_WIDTH, height: WALL_HEIGHT }}
          aria-label={t('meetings.notes.wallLabel')}
        >
          {loose.map((note) => noteButton(note, true))}
        </section>
      </div>
      <div className="note-groups">
        {wall.groups.map((group) => (
          <GroupBox key={group.id} group={group}>
            {wall.notes
              .filter((n) => n.groupId === group.id)
              .map((note) => noteButton(note, false))}
          </GroupBox>
        ))}
      </div>
    </div>
  );
}

function GroupBox({ group, children }: { group: NoteGroup; children: React.ReactNode }) {
  return (
    <section className="note-group" data-group-id={group.id} aria-labelledby={`group-${group.id}`}>
      <h3 id={`group-${group.id}`}>{group.title}</h3>
      <div className="note-group-notes">{children}</div>
    </section>
  );
}

type CardProps = {
  note: Note;
  selected: boolean;
  placed: boolean;
  style: React.CSSProperties | undefined;
  onClick: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onPointerDown: (event: PointerEvent<HTMLElement>) => void;
  onPointerMove: (event: PointerEvent<HTMLElement>) => void;
  onPointerUp: (event: PointerEvent<HTMLElement>) => void;
};

/** One note as a button: selecting it is what the keys and the tools below act on. */
function NoteCard({ note, selected, placed, style, ...handlers }: CardProps) {
  const { t } = useTranslation();
  const r = useRubyT(t);
  const tintName = useTintName();
  return (
    <button
      type="button"
      className={`note note-tint-${note.tint}${placed ? ' note-placed' : ''}${selected ? ' note-selected' : ''}`}
      style={style}
      aria-pressed={selected}
      aria-label={t('meetings.notes.noteLabel', {
        text: note.text,
        tint: tintName(note.tint),
        author: note.authorName ?? t('meetings.notes.anonymous'),
      })}
      data-note-id={note.id}
      {...handlers}
    >
      <span className="note-text">
        <UserText text={note.text} />
      </span>
      <span className="note-author">
        {note.authorName ? <UserText text={note.authorName} /> : r('meetings.notes.anonymous')}
      </span>
      {note.sentTo && <span className="note-sent">{r('meetings.notes.sentBadge')}</span>}
    </button>
  );
}
