import * as Y from 'yjs';
import { boardDocName } from '../../shared/board/documentLayout';
import type { Role } from '../../shared/domain';
import { hashPassword } from '../auth/password';
import { isSetupRequired } from '../councils/setup';
import type { Db } from '../db/client';
import { boards, councils, docUpdates, memberships, users } from '../db/schema';
import { storedDocuments } from '../realtime/storedDocuments';
import { buildDemoBoard } from './board';
import { buildDemoPreviousBoard, changeDemoBoardSincePreviousTerm } from './previousBoard';
import { seedDemoTerms } from './terms';

export type DemoAccount = { role: Role; email: string; password: string; displayName: string };

// A fictional city (みどり市); every name here is invented.
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    role: 'secretariat',
    email: 'jimukyoku@demo.tsunagu.jp',
    password: 'demo-password-1',
    displayName: '事務局 佐藤',
  },
  {
    role: 'member',
    email: 'soudan@demo.tsunagu.jp',
    password: 'demo-password-2',
    displayName: '相談支援 田中',
  },
  {
    role: 'member',
    email: 'houkatsu@demo.tsunagu.jp',
    password: 'demo-password-3',
    displayName: '地域包括 鈴木',
  },
  {
    role: 'guest',
    email: 'guest@demo.tsunagu.jp',
    password: 'demo-password-4',
    displayName: 'ゲスト 高橋',
  },
];

const CITY_BOARD = '市全体ネットワーク';
const CHILD_BOARD = '子ども分野ネットワーク';

/** Fills an empty database with the demo council; returns the accounts, or null if not empty. */
export async function seedDemo(db: Db): Promise<DemoAccount[] | null> {
  if (!(await isSetupRequired(db))) return null;
  const accounts = await Promise.all(
    DEMO_ACCOUNTS.map(async (a) => ({
      email: a.email,
      displayName: a.displayName,
      passwordHash: await hashPassword(a.password),
    })),
  );
  await db.transaction(async (txDb) => {
    const tx = txDb as unknown as Db;
    const [council] = await tx
      .insert(councils)
      .values({ name: 'みどり市地域自立支援協議会' })
      .returning();
    if (!council) throw new Error('demo council insert returned nothing');
    const created = await tx
      .insert(users)
      .values(accounts)
      .returning({ id: users.id, email: users.email });
    const idByEmail = new Map(created.map((u) => [u.email, u.id]));
    await tx.insert(memberships).values(
      DEMO_ACCOUNTS.map((a) => ({
        councilId: council.id,
        userId: idByEmail.get(a.email) as string,
        role: a.role,
      })),
    );
    const [cityBoard, childBoard] = await tx
      .insert(boards)
      .values([
        { councilId: council.id, name: CITY_BOARD },
        { councilId: council.id, name: CHILD_BOARD },
      ])
      .returning({ id: boards.id });
    if (!cityBoard || !childBoard) throw new Error('demo board insert returned nothing');
    // One update per board document: the realtime server loads snapshot + update log.
    await tx.insert(docUpdates).values([
      {
        docName: boardDocName(cityBoard.id),
        update: Y.encodeStateAsUpdate(buildDemoPreviousBoard()),
      },
      {
        docName: boardDocName(childBoard.id),
        update: Y.encodeStateAsUpdate(buildDemoBoard('child')),
      },
    ]);
    const secretariat = idByEmail.get(DEMO_ACCOUNTS[0]?.email ?? '');
    if (!secretariat) throw new Error('demo secretariat missing');
    await seedDemoTerms(tx, council.id, secretariat);
    // 第9期 froze the city board as it was then; it changed in 第10期.
    await storedDocuments(tx).change(boardDocName(cityBoard.id), changeDemoBoardSincePreviousTerm);
  });
  return DEMO_ACCOUNTS;
}
