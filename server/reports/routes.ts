import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { id } from '../../shared/api';
import {
  documentQuery,
  hubCoverageView,
  proposalView,
  yearlyReportView,
} from '../../shared/reports/reportApi';
import { findSubcommittee, termResource } from '../cards/store';
import { notFound } from '../http/errors';
import { requireUser } from '../http/requestAuth';
import { languageOf } from '../http/requestLanguage';
import { sendDocx } from '../http/sendDocx';
import type { App, Deps } from '../http/types';
import { authorize } from '../policies';
import { hubCoverage } from './hubCoverage';
import { buildProposal } from './proposal';
import { proposalDocx } from './proposalDocx';
import { readableTerm } from './readableTerm';
import { buildYearlyReport } from './yearlyReport';
import { yearlyReportDocx } from './yearlyReportDocx';

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

  const subcommitteeParams = z.object({ termId: id, subcommitteeId: id });

  /** The 部会's 提言書 as data, if the actor may read its term (closed terms too). */
  const proposalOf = async (request: FastifyRequest, termId: string, subcommitteeId: string) => {
    const { actor } = requireUser(request);
    const term = await readableTerm(db, actor, termId);
    const subcommittee = await findSubcommittee(db, subcommitteeId);
    if (!subcommittee || subcommittee.termId !== term.id) throw notFound('That subcommittee');
    return buildProposal(db, documents, actor, term, subcommittee);
  };

  app.get(
    '/api/terms/:termId/subcommittees/:subcommitteeId/proposal',
    { schema: { params: subcommitteeParams, response: { 200: proposalView } } },
    async (request) => proposalOf(request, request.params.termId, request.params.subcommitteeId),
  );

  app.get(
    '/api/terms/:termId/subcommittees/:subcommitteeId/proposal.docx',
    { schema: { params: subcommitteeParams, querystring: documentQuery } },
    async (request, reply) => {
      const view = await proposalOf(request, request.params.termId, request.params.subcommitteeId);
      const language = request.query.lang ?? languageOf(request.headers['accept-language']);
      const file = await proposalDocx(view, language);
      return sendDocx(reply, `${view.subcommittee.name}_${view.term.name}_提言書.docx`, file);
    },
  );

  /** The term's 年次報告 as data: for its council's members and secretariat (closed terms too). */
  const yearlyReportOf = async (request: FastifyRequest, termId: string) => {
    const { actor } = requireUser(request);
    const term = await readableTerm(db, actor, termId);
    authorize(actor, 'report', termResource(term));
    return buildYearlyReport(db, documents, actor, term);
  };
  app.get(
    '/api/terms/:termId/report',
    { schema: { params: termParams, response: { 200: yearlyReportView } } },
    async (request) => yearlyReportOf(request, request.params.termId),
  );
  app.get(
    '/api/terms/:termId/report.docx',
    { schema: { params: termParams, querystring: documentQuery } },
    async (request, reply) => {
      const view = await yearlyReportOf(request, request.params.termId);
      const language = request.query.lang ?? languageOf(request.headers['accept-language']);
      const file = await yearlyReportDocx(view, language);
      return sendDocx(reply, `${view.term.name}_年次報告.docx`, file);
    },
  );
}
