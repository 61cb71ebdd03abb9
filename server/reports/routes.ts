import { z } from 'zod';
import { id } from '../../shared/api';
import { hubCoverageView } from '../../shared/reports/reportApi';
import { requireUser } from '../http/requestAuth';
import type { App, Deps } from '../http/types';
import { hubCoverage } from './hubCoverage';
import { readableTerm } from './readableTerm';

export function reportRoutes(app: App, { db, documents }: Deps) {
  const termParams = z.object({ termId: id });

  // Who provides each hub function now, for the term's hub review (read from the boards).
  app.get(
    '/api/terms/:termId/hub-coverage',
    { schema: { params: termParams, response: { 200: hubCoverageView } } },
    async (request) => {
      const { actor } = requireUser(request);
      const term = await readableTerm(db, actor, request.params.termId);
      return hubCoverage(db, documents, actor, term.councilId);
    },
  );
}
