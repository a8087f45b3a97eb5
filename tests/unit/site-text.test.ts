import { describe, expect, it } from 'vitest';
import { addressesInText, parseNameAndAddress } from '../../utils/content/sites/common';
import { PAGE_TEXT_MAX } from '../../utils/shared/schemas-limits';

describe('reading addresses in page text', () => {
  it('finds each address once, in order, without trailing punctuation', () => {
    expect(
      addressesInText('Write to Ana.Ruiz@northwind.com, or "tom@northwind.com". Again: Ana.Ruiz@northwind.com.'),
    ).toEqual(['Ana.Ruiz@northwind.com', 'tom@northwind.com']);
    expect(addressesInText('<lena@contoso-pharma.com>;(qa@contoso-pharma.com)')).toEqual([
      'lena@contoso-pharma.com',
      'qa@contoso-pharma.com',
    ]);
  });

  it('still finds the address after a 100,000-character word, and takes no word too long to be an address', () => {
    const long = 'A'.repeat(100_000);
    expect(addressesInText(`${long} ana@northwind.com`)).toEqual(['ana@northwind.com']);
    expect(addressesInText(`${long}@northwind.com`)).toEqual([]);
  });
});

describe('Name <address>', () => {
  it('keeps the address when the name before it is longer than a page context may carry, and clips the name', () => {
    const name = 'Lena '.repeat(30_000).trim();
    const person = parseNameAndAddress(`${name}<l.hoffmann@contoso-pharma.com>`);
    expect(person.email).toBe('l.hoffmann@contoso-pharma.com');
    expect(person.name).toBe(name.slice(0, PAGE_TEXT_MAX));
  });
});
