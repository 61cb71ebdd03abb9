import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { caseMembers, caseSpaces, consentRecords } from '../db/schema';
import type { CaseSpaceResource } from '../policies';

export const caseDocName = (caseId: string) => `case:${caseId}`;

export type CaseRow = typeof caseSpaces.$inferSelect;
export type ConsentRow = typeof consentRecords.$inferSelect;
export type LoadedCase = {
  row: CaseRow;
  resource: CaseSpaceResource;
  consents: ConsentRow[];
};

/** Agencies the person's current consent covers (not withdrawn, within its dates). */
export function coveredAgencies(consents: ConsentRow[], now = new Date()): Set<string> {
  const covered = new Set<string>();
  for (const c of consents) {
    const current = !c.withdrawnAt && c.validFrom <= now && (!c.validUntil || c.validUntil >= now);
    if (current) for (const agency of c.agencies) covered.add(agency);
  }
  return covered;
}

/** Where consent is the basis, the space locks while the latest consent record is withdrawn. */
export function isLocked(row: CaseRow, consents: ConsentRow[]): boolean {
  if (row.legalBasis !== 'consentMeeting') return false;
  const latest = consents.at(-1);
  return latest?.withdrawnAt != null;
}

export async function loadCase(db: Db, caseId: string): Promise<LoadedCase | undefined> {
  const [row] = await db.select().from(caseSpaces).where(eq(caseSpaces.id, caseId));
  if (!row) return undefined;
  const [members, consents] = await Promise.all([
    db
      .select({ userId: caseMembers.userId, pledgedAt: caseMembers.pledgedAt })
      .from(caseMembers)
      .where(eq(caseMembers.caseId, caseId)),
    db
      .select()
      .from(consentRecords)
      .where(eq(consentRecords.caseId, caseId))
      .orderBy(asc(consentRecords.createdAt)),
  ]);
  return {
    row,
    consents,
    resource: {
      type: 'caseSpace',
      id: row.id,
      councilId: row.councilId,
      closed: row.closedAt !== null,
      locked: isLocked(row, consents),
      members: new Map(members.map((m) => [m.userId, { pledged: m.pledgedAt !== null }])),
    },
  };
}
