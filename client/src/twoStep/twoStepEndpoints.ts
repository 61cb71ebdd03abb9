import {
  type CouncilSecurityView,
  councilSecurityView,
  meView,
  recoveryCodesView,
  type SecondFactorAnswerBody,
  secondFactorSetupView,
  secondFactorStatusView,
} from '../../../shared/api';
import { request } from '../api/http';

// Two-step sign-in (server/auth/secondFactorRoutes.ts, server/councils/securityRoutes.ts).
const seg = encodeURIComponent;

export const twoStepApi = {
  status: () => request('GET', '/me/second-factor', undefined, secondFactorStatusView),
  startSetup: () => request('POST', '/me/second-factor/setup', undefined, secondFactorSetupView),
  confirmSetup: (code: string) =>
    request('POST', '/me/second-factor/confirm', { code }, recoveryCodesView),
  newRecoveryCodes: () =>
    request('POST', '/me/second-factor/recovery-codes', undefined, recoveryCodesView),
  answer: (body: SecondFactorAnswerBody) => request('POST', '/auth/second-factor', body, meView),
  resetMember: (councilId: string, userId: string) =>
    request<void>('DELETE', `/councils/${seg(councilId)}/members/${seg(userId)}/second-factor`),
  councilSetting: (councilId: string) =>
    request('GET', `/councils/${seg(councilId)}/security`, undefined, councilSecurityView),
  updateCouncilSetting: (councilId: string, body: CouncilSecurityView) =>
    request('PUT', `/councils/${seg(councilId)}/security`, body, councilSecurityView),
};
