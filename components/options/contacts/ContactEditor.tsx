import { useState } from 'preact/hooks';
import { CHANNELS, CONTACT_ROLES, type Account, type Contact, type Draft } from '../../../utils/shared/model';
import { contactFormOf, readContactForm, type ContactForm, type ContactFormErrors } from './contact-form';

/**
 * Creates or edits a contact; changing the account moves the contact there.
 * Each field's problem is shown beside it; `onSave` answers whether it saved.
 */
export function ContactEditor({
  contact,
  accounts,
  accountId,
  onSave,
  onCancel,
}: {
  contact: Contact | null;
  accounts: Account[];
  /** The account a new contact starts in. */
  accountId?: string;
  onSave: (draft: Draft<Contact>) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [form, setForm] = useState<ContactForm>(() => contactFormOf(contact, accountId));
  const [errors, setErrors] = useState<ContactFormErrors>({});
  const set = (patch: Partial<ContactForm>) => setForm({ ...form, ...patch });
  const label = contact ? `Edit ${contact.name}` : 'New contact';

  const submit = async (event: Event) => {
    event.preventDefault();
    const read = readContactForm(form, contact);
    if ('errors' in read) return setErrors(read.errors);
    setErrors({});
    if (await onSave(read.draft)) onCancel();
  };
  /** A field's message, tied to its input for screen readers. */
  const problem = (field: keyof ContactForm) =>
    errors[field] && (
      <span class="field-error" id={`contact-${field}-error`} role="alert" data-testid={`contact-${field}-error`}>
        {errors[field]}
      </span>
    );
  const described = (field: keyof ContactForm) =>
    errors[field] ? { 'aria-invalid': true, 'aria-describedby': `contact-${field}-error` } : {};

  return (
    <form
      class="contact-editor"
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      aria-label={label}
      data-testid="contact-editor"
      noValidate
    >
      <label>
        Name
        <input
          value={form.name}
          onInput={(e) => set({ name: e.currentTarget.value })}
          data-testid="contact-name"
          {...described('name')}
        />
        {problem('name')}
      </label>
      <label>
        Email addresses, one per line
        <textarea
          rows={2}
          value={form.emails}
          onInput={(e) => set({ emails: e.currentTarget.value })}
          data-testid="contact-emails"
          {...described('emails')}
        />
        {problem('emails')}
      </label>
      <label>
        Title
        <input
          value={form.title}
          onInput={(e) => set({ title: e.currentTarget.value })}
          data-testid="contact-title"
          {...described('title')}
        />
        {problem('title')}
      </label>
      <label>
        Phone
        <input
          type="tel"
          value={form.phone}
          onInput={(e) => set({ phone: e.currentTarget.value })}
          {...described('phone')}
        />
        {problem('phone')}
      </label>
      <label>
        Role
        <select
          value={form.role}
          onChange={(e) => set({ role: e.currentTarget.value as ContactForm['role'] })}
          data-testid="contact-role"
        >
          {CONTACT_ROLES.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
      </label>
      <label>
        Preferred channel
        <select
          value={form.preferredChannel}
          onChange={(e) => set({ preferredChannel: e.currentTarget.value as ContactForm['preferredChannel'] })}
        >
          <option value="">not set</option>
          {CHANNELS.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </label>
      <label>
        Account
        <select
          value={form.accountId}
          onChange={(e) => set({ accountId: e.currentTarget.value })}
          data-testid="contact-account"
          {...described('accountId')}
        >
          <option value="">choose…</option>
          {accounts.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        {problem('accountId')}
      </label>
      <label class="wide">
        Notes
        <textarea
          rows={3}
          value={form.notes}
          onInput={(e) => set({ notes: e.currentTarget.value })}
          {...described('notes')}
        />
        {problem('notes')}
      </label>
      <div class="wide">
        <button type="submit" class="primary" data-testid="contact-save">
          Save
        </button>{' '}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
