// Request and response shapes of the HTTP API, shared by the server (validation, OpenAPI)
// and the client (typed calls). One schema per shape; the server never trusts the client's copy.
import { z } from 'zod';
import { latestSecondFactorDay } from './councilDay';
import { BOARD_ACTIONS, COUNCIL_ACTIONS, LOCALES, ROLES, SECOND_FACTOR_SCOPES } from './domain';
import { rule } from './issues/fieldIssue';
import { text, requiredText as trimmed } from './issues/text';

export const email = text().trim().toLowerCase().pipe(z.email().max(254));
export const password = text().min(10).max(256);
export const displayName = trimmed(80);
export const locale = z.enum(LOCALES);
export const role = z.enum(ROLES);
export const id = z.string().uuid();

/**
 * A day the council requires two-step sign-in from: any day up to the latest it may be put off
 * to (checked when the request is read, so the bound moves with the calendar).
 */
export const secondFactorDay = z.iso.date().superRefine((day, ctx) => {
  const max = latestSecondFactorDay(new Date());
  if (day > max) ctx.addIssue({ code: 'custom', input: day, ...rule('dayTooLate', { max }) });
});

export const setupBody = z.object({
  councilName: trimmed(120),
  displayName,
  email,
  password,
  /** Left out: the FY2027 start (SECOND_FACTOR_DEFAULT_DAY). */
  secondFactorRequiredFrom: secondFactorDay.optional(),
});
export type SetupBody = z.infer<typeof setupBody>;

export const signInBody = z.object({ email, password: text().min(1).max(256) });
export type SignInBody = z.infer<typeof signInBody>;

export const userView = z.object({
  id,
  email: z.string(),
  displayName: z.string(),
  locale,
  /** ふりがな over kanji, the person's choice in the header. */
  furigana: z.boolean(),
});
export type UserView = z.infer<typeof userView>;

/** The answer of `can()` for each action, for the person asking. */
const allowedActions = <A extends string>(actions: readonly [A, ...A[]]) =>
  z.object(Object.fromEntries(actions.map((a) => [a, z.boolean()])) as Record<A, z.ZodBoolean>);

export const councilView = z.object({
  id,
  name: z.string(),
  role,
  can: allowedActions(COUNCIL_ACTIONS),
});
export type CouncilView = z.infer<typeof councilView>;

export const meView = z.object({ user: userView, councils: z.array(councilView) });
export type MeView = z.infer<typeof meView>;

export const statusView = z.object({ setupRequired: z.boolean() });
export type StatusView = z.infer<typeof statusView>;

export const updateProfileBody = z
  .object({
    displayName: displayName.optional(),
    locale: locale.optional(),
    furigana: z.boolean().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), rule('nothingToUpdate'));
export type UpdateProfileBody = z.infer<typeof updateProfileBody>;

export const changePasswordBody = z.object({
  currentPassword: text().min(1).max(256),
  newPassword: password,
});
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;

export const memberView = z.object({
  userId: id,
  displayName: z.string(),
  email: z.string(),
  role,
  joinedAt: z.string(),
  /** Whether the person has set up two-step sign-in. */
  secondFactor: z.boolean(),
});
export type MemberView = z.infer<typeof memberView>;

export const updateMemberBody = z.object({ role });
export type UpdateMemberBody = z.infer<typeof updateMemberBody>;

export const createInvitationBody = z.object({
  role,
  email: email.optional(),
  expiresInDays: z.number().int().min(1).max(30).default(7),
});
export type CreateInvitationBody = z.infer<typeof createInvitationBody>;

export const invitationView = z.object({
  id,
  role,
  email: z.string().nullable(),
  expiresAt: z.string(),
  usedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type InvitationView = z.infer<typeof invitationView>;

export const createdInvitationView = invitationView.extend({ token: z.string() });
export type CreatedInvitationView = z.infer<typeof createdInvitationView>;

export const invitationPreview = z.object({
  councilName: z.string(),
  role,
  email: z.string().nullable(),
});
export type InvitationPreview = z.infer<typeof invitationPreview>;

export const acceptInvitationBody = z.object({
  displayName,
  email,
  password,
});
export type AcceptInvitationBody = z.infer<typeof acceptInvitationBody>;

export const acceptExistingInvitationBody = z.object({});

export const boardView = z.object({
  id,
  name: z.string(),
  archived: z.boolean(),
  createdAt: z.string(),
  can: allowedActions(BOARD_ACTIONS),
});
export type BoardView = z.infer<typeof boardView>;

export const createBoardBody = z.object({ name: trimmed(120) });
export type CreateBoardBody = z.infer<typeof createBoardBody>;

export const updateBoardBody = z
  .object({ name: trimmed(120).optional(), archived: z.boolean().optional() })
  .refine((b) => b.name !== undefined || b.archived !== undefined, rule('nothingToUpdate'));
export type UpdateBoardBody = z.infer<typeof updateBoardBody>;

// Two-step sign-in (server/auth/secondFactorRoutes.ts).
export const secondFactorCodeBody = z
  .object({ code: z.string().refine((code) => /^\d{6}$/u.test(code), rule('sixDigitCode')) })
  .strict();
export const secondFactorAnswerBody = z.union([
  secondFactorCodeBody,
  z.object({ recoveryCode: z.string().min(1).max(64) }).strict(),
]);
export type SecondFactorAnswerBody = z.infer<typeof secondFactorAnswerBody>;
export const secondFactorPromptView = z.object({ secondFactorRequired: z.literal(true) });
export const signInView = z.union([meView, secondFactorPromptView]);
export type SignInView = z.infer<typeof signInView>;
export const secondFactorSetupView = z.object({ uri: z.string(), secret: z.string() });
export type SecondFactorSetupView = z.infer<typeof secondFactorSetupView>;
export const recoveryCodesView = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodesView = z.infer<typeof recoveryCodesView>;
export const secondFactorStatusView = z.object({
  /** An authenticator app or a passkey. */
  enabled: z.boolean(),
  authenticatorApp: z.boolean(),
  requiredFrom: z.string().nullable(),
  recoveryCodesLeft: z.number().int(),
});
export type SecondFactorStatusView = z.infer<typeof secondFactorStatusView>;

// Passkeys and security keys (server/auth/passkeyRoutes.ts). What the browser's WebAuthn API
// returns, as @simplewebauthn/browser encodes it; the server verifies the contents.
const base64url = (max: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]*$/u)
    .max(max);
const credentialFields = {
  id: base64url(1400).min(1),
  rawId: base64url(1400).min(1),
  type: z.literal('public-key'),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  // The extensions the server reads; others are dropped.
  clientExtensionResults: z.object({
    appid: z.boolean().optional(),
    credProps: z.object({ rk: z.boolean().optional() }).optional(),
    hmacCreateSecret: z.boolean().optional(),
  }),
};
export const passkeyRegistrationBody = z
  .object({
    name: trimmed(60),
    response: z.object({
      ...credentialFields,
      response: z.object({
        clientDataJSON: base64url(8192),
        attestationObject: base64url(65536),
        authenticatorData: base64url(65536).optional(),
        publicKey: base64url(8192).optional(),
        publicKeyAlgorithm: z.number().int().optional(),
        transports: z.array(z.string().max(32)).max(10).optional(),
      }),
    }),
  })
  .strict();
export type PasskeyRegistrationBody = z.infer<typeof passkeyRegistrationBody>;
export const passkeySignInBody = z
  .object({
    response: z.object({
      ...credentialFields,
      response: z.object({
        clientDataJSON: base64url(8192),
        authenticatorData: base64url(8192),
        signature: base64url(2048),
        userHandle: base64url(256).optional(),
      }),
    }),
  })
  .strict();
export type PasskeySignInBody = z.infer<typeof passkeySignInBody>;
export const passkeyView = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type PasskeyView = z.infer<typeof passkeyView>;
/** WebAuthn options for the browser, passed on as @simplewebauthn/server made them. */
export const webauthnOptionsView = z.looseObject({ challenge: z.string() });
/** A new passkey: the recovery codes too when it is the person's first second factor. */
export const passkeyAddedView = z.object({ recoveryCodes: z.array(z.string()).nullable() });
/**
 * A council's security setting: who must sign in with a second factor (members of case spaces
 * always; the secretariat too, or everyone) and from which day (a calendar day in Japan).
 */
export const councilSecurityView = z.object({
  secondFactorRequiredFrom: z.iso.date(),
  secondFactorFor: z.enum(SECOND_FACTOR_SCOPES),
});
export type CouncilSecurityView = z.infer<typeof councilSecurityView>;
export const councilSecurityBody = councilSecurityView
  .extend({ secondFactorRequiredFrom: secondFactorDay })
  .strict();
export type CouncilSecurityBody = z.infer<typeof councilSecurityBody>;
