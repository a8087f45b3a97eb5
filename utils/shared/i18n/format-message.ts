/**
 * One message of the catalogue: a text with `{name}` placeholders, or, for a text that depends on a count,
 * its forms by plural category (`Intl.PluralRules`: "one", "few", "many", "other"…; "other" is required).
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralForms;
export type MessageParams = Record<string, string | number>;

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, lang: string, make: () => T): T {
  let value = map.get(lang);
  if (!value) map.set(lang, (value = make()));
  return value;
}

/** The form for `count` in `lang`: its plural category's, else "other". */
export function pluralForm(forms: PluralForms, count: number, lang: string): string {
  const category = cached(pluralRules, lang, () => new Intl.PluralRules(lang)).select(count);
  return forms[category] ?? forms.other;
}

/**
 * Fills a message's placeholders. Numbers are written in the language's own way ("1.234" in German);
 * a placeholder with no value stays visible as `{name}`, so a missing parameter shows in review.
 */
export function formatMessage(message: Message, params: MessageParams | undefined, lang: string): string {
  const count = params?.count;
  const text = typeof message === 'string' ? message : pluralForm(message, typeof count === 'number' ? count : 0, lang);
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number'
      ? cached(numberFormats, lang, () => new Intl.NumberFormat(lang)).format(value)
      : value;
  });
}

/** The placeholder names a message uses, in all its forms. */
export function placeholdersOf(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();
}
