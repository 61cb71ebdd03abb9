import { z } from 'zod';
import {
  type CouncilSecurityView,
  councilSecurityView,
  meView,
  type PasskeyRegistrationBody,
  type PasskeySignInBody,
  passkeyAddedView,
  passkeyView,
  recoveryCodesView,
  type SecondFactorAnswerBody,
  secondFactorSetupView,
  secondFactorStatusView,
  webauthnOptionsView,
} from '../../../shared/api';
import { noContent, request } from '../api/http';

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
  passkeys: () => request('GET', '/me/passkeys', undefined, z.array(passkeyView)),
  passkeyOptions: () => request('POST', '/me/passkeys/options', undefined, webauthnOptionsView),
  addPasskey: (body: PasskeyRegistrationBody) =>
    request('POST', '/me/passkeys', body, passkeyAddedView),
  removePasskey: (id: string) => request('DELETE', `/me/passkeys/${seg(id)}`, undefined, noContent),
  passkeySignInOptions: () =>
    request('POST', '/auth/passkey/options', undefined, webauthnOptionsView),
  passkeySignIn: (body: PasskeySignInBody) => request('POST', '/auth/passkey', body, meView),
  resetMember: (councilId: string, userId: string) =>
    request(
      'DELETE',
      `/councils/${seg(councilId)}/members/${seg(userId)}/second-factor`,
      undefined,
      noContent,
    ),
  councilSetting: (councilId: string) =>
    request('GET', `/councils/${seg(councilId)}/security`, undefined, councilSecurityView),
  updateCouncilSetting: (councilId: string, body: CouncilSecurityView) =>
    request('PUT', `/councils/${seg(councilId)}/security`, body, councilSecurityView),
};
