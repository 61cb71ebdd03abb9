// The council's vocabulary (../shared/DOMAIN.md in the team folder). Every layer of the app
// names things with these codes; labels live in the translation files.

// The languages of the interface. ja-easy is やさしい日本語: only the screens a guest or a
// self-advocate meets, everything else falling back to ja (client/src/i18n/i18n.ts).
export const LOCALES = ['ja', 'ja-easy', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const ROLES = ['secretariat', 'member', 'guest'] as const;
export type Role = (typeof ROLES)[number];

// What `can()` (server/policies) decides about a council and a board. Views carry the answers for
// the person asking, so the client shows and hides by them instead of re-deriving rules from roles.
export const COUNCIL_ACTIONS = [
  'read',
  'listMembers',
  'manageMembers',
  'invite',
  'createBoard',
  'createCase',
  'createMeeting',
  'administerCases',
  'manageTerms',
  'manageSecurity',
  'manageReadings',
] as const;
export type CouncilAction = (typeof COUNCIL_ACTIONS)[number];
// `edit` is changing the board's document (agencies, ties); `update` its name and archive flag.
export const BOARD_ACTIONS = ['read', 'edit', 'update'] as const;
export type BoardAction = (typeof BOARD_ACTIONS)[number];

export const LAYERS = ['municipality', 'core', 'registered', 'cooperating', 'community'] as const;
export type Layer = (typeof LAYERS)[number];

export const FIELDS = ['child', 'disability', 'elderly', 'medical', 'education', 'other'] as const;
export type Field = (typeof FIELDS)[number];

export const HUB_FUNCTIONS = [
  'consultation',
  'experience',
  'emergency',
  'workforce',
  'communityBuilding',
] as const;
export type HubFunction = (typeof HUB_FUNCTIONS)[number];

export const SUPPORT_NEEDS = [
  'physical',
  'intellectualMild',
  'intellectualSevere',
  'mental',
  'developmental',
  'brainInjury',
  'medicalCare',
  'behavioural',
  'deafblind',
] as const;
export type SupportNeed = (typeof SUPPORT_NEEDS)[number];

export const TIE_KINDS = [
  'referral',
  'cooperation',
  'consultation',
  'contract',
  'emergencyBackup',
  'informationSharing',
] as const;
export type TieKind = (typeof TIE_KINDS)[number];

// 抽出 → 協議 → 提言 → 計画反映 → 評価, and the two ways out of the cycle: 完了 (closed with a
// reason) and 保留 (on hold).
export const ISSUE_CARD_STATUSES = [
  'raised',
  'discussed',
  'proposed',
  'reflected',
  'evaluated',
  'done',
  'onHold',
] as const;
export type IssueCardStatus = (typeof ISSUE_CARD_STATUSES)[number];

// The four columns of the council's issue table (2025 proposal): 今あるもの（社会資源）,
// あったらいいな, 既に取り組んだこと→施策, 提言→施策.
export const CARD_COLUMNS = ['existing', 'ideas', 'doneToPolicy', 'proposalToPolicy'] as const;
export type CardColumn = (typeof CARD_COLUMNS)[number];

// The law a case meeting works under decides whether the person's consent is needed to share.
export const LEGAL_BASES = [
  'consentMeeting', // 個別支援会議 (本人同意に基づく)
  'council89_3', // 協議会 (障害者総合支援法第89条の3)
  'supportMeeting106_6', // 支援会議 (社会福祉法第106条の6)
  'childProtection', // 要保護児童対策地域協議会
  'communityCare', // 地域ケア会議
  'other',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const LIFE_STAGES = ['child', 'youth', 'adult', 'elderly'] as const;
export type LifeStage = (typeof LIFE_STAGES)[number];

export const AGE_BANDS = [
  '0-5',
  '6-11',
  '12-17',
  '18-29',
  '30-39',
  '40-49',
  '50-64',
  '65-74',
  '75+',
] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

// 全体会, 部会, 合同交流会 (joint exchange across child/disability/elderly networks), 事例検討会.
export const MEETING_KINDS = ['plenary', 'subcommittee', 'joint', 'caseConference'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/**
 * Where the councils are. A day a council decides (e.g. from when two-step sign-in is required)
 * starts at midnight here, whatever the server's or the device's own time zone.
 */
export const COUNCIL_TIME_ZONE = 'Asia/Tokyo';

/**
 * Who a council asks to sign in with a second factor. Members of case spaces always are: case
 * records are 要配慮個人情報, and the MHLW guideline 6.0 expects two-factor authentication for
 * systems holding them by FY2027, so a case never opens without one once the council's day has
 * come. The council chooses whether its secretariat (the default) or everyone is asked as well.
 */
export const SECOND_FACTOR_SCOPES = ['caseMembers', 'secretariat', 'everyone'] as const;
export type SecondFactorScope = (typeof SECOND_FACTOR_SCOPES)[number];

/** The day two-step sign-in is required from unless the council sets another: the FY2027 start. */
export const SECOND_FACTOR_DEFAULT_DAY = '2027-04-01';
