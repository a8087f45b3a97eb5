import * as v from 'valibot';
import { normalizeEmail } from '../../../utils/shared/match/normalize';
import type { Channel, Contact, ContactRole, Draft } from '../../../utils/shared/model';
import { contactDraft } from '../../../utils/shared/schemas';

/** The contact editor's fields as typed: addresses one per line, blanks for what is not set. */
export interface ContactForm {
  name: string;
  emails: string;
  title: string;
  phone: string;
  role: ContactRole;
  preferredChannel: Channel | '';
  accountId: string;
  notes: string;
}
export type ContactFormErrors = Partial<Record<keyof ContactForm, string>>;

export function contactFormOf(contact: Contact | null, accountId = ''): ContactForm {
  return {
    name: contact?.name ?? '',
    emails: contact?.emails.join('\n') ?? '',
    title: contact?.title ?? '',
    phone: contact?.phone ?? '',
    role: contact?.role ?? 'other',
    preferredChannel: contact?.preferredChannel ?? '',
    accountId: contact?.accountId ?? accountId,
    notes: contact?.notes ?? '',
  };
}

/**
 * The record to save, or a message per field. The checks are the ones the
 * background applies (the same valibot schema and address rules), run here
 * so the message can sit beside its field.
 */
export function readContactForm(
  form: ContactForm,
  existing: Contact | null,
): { draft: Draft<Contact> } | { errors: ContactFormErrors } {
  const errors: ContactFormErrors = {};
  const emails: string[] = [];
  for (const line of form.emails
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const email = normalizeEmail(line);
    if (email) emails.push(email);
    else errors.emails ??= `"${line}" is not an email address.`;
  }
  if (!form.accountId) errors.accountId = 'Choose the account this contact belongs to.';
  const optional = (field: 'title' | 'phone' | 'notes') => (form[field].trim() ? { [field]: form[field].trim() } : {});
  const draft = {
    ...(existing ? { id: existing.id, createdAt: existing.createdAt, updatedAt: existing.updatedAt } : {}),
    accountId: form.accountId,
    name: form.name,
    emails: [...new Set(emails)],
    role: form.role,
    ...optional('title'),
    ...optional('phone'),
    ...optional('notes'),
    ...(form.preferredChannel ? { preferredChannel: form.preferredChannel } : {}),
  };
  const parsed = v.safeParse(contactDraft, draft);
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const field = issue.path?.[0]?.key as keyof ContactForm | undefined;
      if (field && field in form) errors[field] ??= issue.message;
    }
    if (!Object.keys(errors).length) errors.name = parsed.issues[0].message;
  }
  if (Object.keys(errors).length || !parsed.success) return { errors };
  return { draft: parsed.output as Draft<Contact> };
}
