/** Light or dark, from the luminance of the page's background (read once per report, not per mutation). */
export function pageTheme(doc: Document): 'light' | 'dark' {
  const view = doc.defaultView;
  for (const el of [doc.body, doc.documentElement]) {
    const color = el && view ? view.getComputedStyle(el).backgroundColor : '';
    const rgb = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/.exec(color);
    if (!rgb || rgb[4] === '0') continue;
    const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
  }
  return view?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
