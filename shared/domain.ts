// The council's vocabulary (../shared/DOMAIN.md in the team folder). Every layer of the app
// names things with these codes; labels live in the translation files.

export const ROLES = ['secretariat', 'member', 'guest'] as const;
export type Role = (typeof ROLES)[number];

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

export const ISSUE_CARD_STATUSES = [
  'raised',
  'discussed',
  'proposed',
  'reflected',
  'evaluated',
] as const;
export type IssueCardStatus = (typeof ISSUE_CARD_STATUSES)[number];
