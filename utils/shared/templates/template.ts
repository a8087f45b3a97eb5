/**
 * Email templates: a name, a subject and a plain-text body with `{{variable}}` placeholders filled from the
 * account and the people of the draft. Plain text only: a template never becomes HTML anywhere.
 */
import * as v from 'valibot';

/** Every variable a template may use, with what it says and where its value comes from. */
export const TEMPLATE_VARIABLES = {
  first_name: { label: 'First name', help: "The first names of the account's people in To (else Cc)." },
  account_name: { label: 'Account name', help: "The account's name." },
  renewal_date: { label: 'Renewal date', help: "The account's renewal date." },
  contract_value: { label: 'Contract value', help: "The account's annual value, with its currency." },
  open_issues: { label: 'Open issues', help: "The account's open issues, one per line." },
  overdue_invoices: {
    label: 'Overdue invoices',
    help: 'Invoices past their due date and not fully paid, one per line.',
  },
  next_meeting: { label: 'Next meeting', help: 'The next meeting logged with the account, date and time.' },
  last_meeting: { label: 'Last meeting', help: 'The date of the last meeting held with the account.' },
} as const;
export type TemplateVariable = keyof typeof TEMPLATE_VARIABLES;
export const TEMPLATE_VARIABLE_NAMES = Object.keys(TEMPLATE_VARIABLES) as TemplateVariable[];

export const TEMPLATE_NAME_MAX = 100;
export const TEMPLATE_SUBJECT_MAX = 500;
export const TEMPLATE_BODY_MAX = 20_000;
/** A team's set stays small enough to read in one list. */
export const TEMPLATES_MAX = 200;

export const messageTemplateSchema = v.strictObject({
  /** A UUID, or `starter-…` for a template of the starter set. */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/i, 'A template id is letters, digits and dashes.')),
  name: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'A template needs a name.'),
    v.maxLength(TEMPLATE_NAME_MAX, `A template name is at most ${TEMPLATE_NAME_MAX} characters.`),
  ),
  subject: v.pipe(
    v.string(),
    v.maxLength(TEMPLATE_SUBJECT_MAX, `A subject is at most ${TEMPLATE_SUBJECT_MAX} characters.`),
  ),
  body: v.pipe(
    v.string(),
    v.minLength(1, 'A template needs a body.'),
    v.maxLength(TEMPLATE_BODY_MAX, `A body is at most ${TEMPLATE_BODY_MAX} characters.`),
  ),
  updatedAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
});
export type MessageTemplate = v.InferOutput<typeof messageTemplateSchema>;

/** Anything between double braces; the name inside is checked against the variables. */
const PLACEHOLDER = /\{\{([^{}]{0,60})\}\}/g;
/** The variable a placeholder names: `{{ First Name }}` is `first_name`. */
export const placeholderKey = (inside: string) =>
  inside
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
const isVariable = (key: string): key is TemplateVariable => Object.hasOwn(TEMPLATE_VARIABLES, key);

/** The placeholders a text uses, in order of first use: known variables, and names that are not one. */
export function placeholdersIn(...texts: string[]): { variables: TemplateVariable[]; unknown: string[] } {
  const variables = new Set<TemplateVariable>();
  const unknown = new Set<string>();
  for (const text of texts)
    for (const [, inside] of text.matchAll(PLACEHOLDER)) {
      const key = placeholderKey(inside!);
      if (isVariable(key)) variables.add(key);
      else unknown.add(inside!.trim());
    }
  return { variables: [...variables], unknown: [...unknown] };
}

/** What each variable is for one account and draft; absent where the records hold no value. */
export type TemplateValues = Partial<Record<TemplateVariable, string>>;

export interface RenderedTemplate {
  subject: string;
  body: string;
  /** Variables used with no value and nothing typed in for them: flagged before inserting. */
  missing: TemplateVariable[];
  /** Placeholders that name no variable (a typo): flagged, and left out of the text. */
  unknown: string[];
}

/** A filled subject is cut here (a mail header line's limit, less its name). */
const SUBJECT_MAX = 990;

/**
 * What the user typed for a placeholder, if anything. Own keys only: a placeholder may be named like a
 * property every object has (`{{constructor}}`), which is no value.
 */
export function typedValue(typed: Partial<Record<string, string>>, key: string): string | undefined {
  const value = Object.hasOwn(typed, key) ? typed[key] : undefined;
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/**
 * Fills a template's placeholders in one pass: a value is inserted as it is, so a value that looks like a
 * placeholder stays text. `typed` holds what the user typed for variables without a value. No placeholder
 * is ever left in the text: one without a value (or unknown) becomes what was typed for it, else nothing.
 */
export function renderTemplate(
  template: Pick<MessageTemplate, 'subject' | 'body'>,
  values: TemplateValues,
  typed: Partial<Record<string, string>> = {},
): RenderedTemplate {
  const { variables, unknown } = placeholdersIn(template.subject, template.body);
  const valueOf = (key: string): string | undefined =>
    (isVariable(key) ? values[key] : undefined) ?? typedValue(typed, key);
  const fill = (text: string, oneLine: boolean) =>
    text.replace(PLACEHOLDER, (_, inside: string) => {
      const value = valueOf(placeholderKey(inside)) ?? '';
      // A subject is one line: a list value (open issues) is joined there.
      return oneLine ? value.replace(/\s*\n\s*/g, '; ') : value;
    });
  return {
    // One line, within what a mail header takes, however long a list value made it.
    subject: fill(template.subject, true).slice(0, SUBJECT_MAX),
    body: fill(template.body, false),
    missing: variables.filter((name) => valueOf(name) === undefined),
    unknown: unknown.filter((name) => valueOf(placeholderKey(name)) === undefined),
  };
}
