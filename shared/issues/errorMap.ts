// The one zod error map: every issue zod reports carries a code from issueCodes.ts as its
// message (a rule of ours names its own in params.code). Schemas never carry words; the code
// becomes text where it is read, in the reader's language. Installed once on import.
import { z } from 'zod';
import type { IssueCode } from './issueCodes';

const FORMATS: Partial<Record<string, IssueCode>> = {
  email: 'email',
  date: 'date',
  datetime: 'dateTime',
  url: 'url',
  uuid: 'reference',
  guid: 'reference',
};

const TYPES: Partial<Record<string, IssueCode>> = {
  string: 'notText',
  number: 'notNumber',
  int: 'notInteger',
  boolean: 'notBoolean',
  array: 'notList',
};

export function issueCode(issue: z.core.$ZodRawIssue): IssueCode {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'required';
      return TYPES[issue.expected] ?? 'invalid';
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'required' : 'tooShort';
      if (issue.origin === 'array' || issue.origin === 'set') return 'tooFew';
      return 'tooSmall';
    case 'too_big':
      if (issue.origin === 'string') return 'tooLong';
      if (issue.origin === 'array' || issue.origin === 'set') return 'tooMany';
      return 'tooBig';
    case 'invalid_value':
    case 'invalid_union':
      return 'choice';
    case 'invalid_format':
      return FORMATS[issue.format] ?? 'format';
    case 'not_multiple_of':
      return 'notInteger';
    case 'unrecognized_keys':
      return 'unknownKey';
    case 'custom': {
      const code = (issue.params as { code?: IssueCode } | undefined)?.code;
      return code ?? 'invalid';
    }
    default:
      return 'invalid';
  }
}

z.config({ customError: (issue) => issueCode(issue) });
