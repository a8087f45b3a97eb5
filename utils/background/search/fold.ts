/**
 * Text as fuse.js compares it with `ignoreDiacritics`: decomposed, marks dropped, and the letters that do not
 * decompose (ø, ł, ß, …) spelled plainly. Done here once per record, instead of by fuse.js on every field of
 * every candidate on every keystroke (a third of a woken worker's first search, measured in Node).
 * Plain ASCII, most names and addresses, comes back as it is.
 */
export function foldForFuse(text: string): string {
  if (ASCII.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁđĐøØħĦŧŦıß]/g, (letter) => PLAIN[letter]!);
}

const ASCII = /^[\x00-\x7f]*$/;
const PLAIN: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ø: 'o',
  Ø: 'O',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
  ı: 'i',
  ß: 'ss',
};
