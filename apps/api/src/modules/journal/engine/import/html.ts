/**
 * A small, tolerant reader of HTML tables: the rows (`<tr>`) of a document, each with the line its
 * `<tr` starts on and its cells (`<td>`/`<th>`) with their text, `title` and `colspan`. Enough for
 * a broker's saved statement (MetaTrader 4), never a browser:
 *
 * - tags are read as HTML does: attribute names in any case and order, values quoted with `"` or
 *   `'` (a `>` inside is fine) or unquoted, or no value at all; comments, `<!DOCTYPE …>` and the
 *   text of `<script>`, `<style>` and `<title>` are passed over;
 * - a cell ends at `</td>`, at the next cell or row, or at the end of its table; a row at `</tr>`,
 *   at the next row or at the end of its table (HTML lets `</td>` and `</tr>` be left out);
 * - a cell's text is every text inside it (bold, fonts, links…), character references decoded,
 *   runs of spaces, tabs and line ends made one space, trimmed (a no-break space `&nbsp;` is kept
 *   inside the text but trimmed at its ends).
 */

export interface HtmlCell {
  readonly text: string;
  /** The `title` attribute, decoded; null without one. */
  readonly title: string | null;
  /** How many columns the cell spans (1 without a valid `colspan`). */
  readonly colspan: number;
}

export interface HtmlRow {
  /** 1-based line of the `<tr` (or of its first cell, for a cell outside any row). */
  readonly line: number;
  readonly cells: HtmlCell[];
}

/** Elements whose content is text up to their end tag, never markup. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
const GT = 62;

/** The table rows of an HTML document, in document order, each to `onRow` once complete. */
export function readHtmlRows(html: string, onRow: (row: HtmlRow) => void): void {
  let row: { line: number; cells: HtmlCell[] } | null = null;
  let cell: { parts: string[]; title: string | null; colspan: number } | null = null;
  let line = 1;
  let i = 0;
  let nextLineEnd = html.indexOf('\n');
  const len = html.length;

  /** Moves the position to `to`, counting the line ends passed. */
  const advance = (to: number): void => {
    while (nextLineEnd !== -1 && nextLineEnd < to) {
      line++;
      nextLineEnd = html.indexOf('\n', nextLineEnd + 1);
    }
    i = to;
  };
  const closeCell = (): void => {
    if (cell === null || row === null) return;
    row.cells.push({ text: cellText(cell.parts.join('')), title: cell.title, colspan: cell.colspan });
    cell = null;
  };
  const closeRow = (): void => {
    closeCell();
    if (row !== null) onRow(row);
    row = null;
  };

  while (i < len) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? len : lt;
    if (textEnd > i) {
      if (cell !== null) cell.parts.push(decodeEntities(html.slice(i, textEnd), false));
      advance(textEnd);
      if (lt === -1) break;
    }
    // At a '<'.
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      advance(end === -1 ? len : end + 3);
      continue;
    }
    const next = html.charCodeAt(i + 1);
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const end = html.indexOf('>', i + 2);
      advance(end === -1 ? len : end + 1);
      continue;
    }
    const closing = next === 47; /* / */
    const nameStart = closing ? i + 2 : i + 1;
    if (!isAsciiLetter(html.charCodeAt(nameStart))) {
      // A '<' that starts no tag is text.
      if (cell !== null) cell.parts.push('<');
      advance(i + 1);
      continue;
    }
    const tagLine = line;
    const tag = readTag(html, nameStart);
    advance(tag.end);
    const name = tag.name;
    if (closing) {
      if (name === 'td' || name === 'th') closeCell();
      else if (name === 'tr' || name === 'table') closeRow();
      continue;
    }
    if (name === 'tr') {
      closeRow();
      row = { line: tagLine, cells: [] };
    } else if (name === 'td' || name === 'th') {
      closeCell();
      row ??= { line: tagLine, cells: [] };
      cell = { parts: [], title: tag.title, colspan: colspanOf(tag.colspan) };
    } else if (name === 'table') {
      closeRow();
    } else if (name === 'br') {
      if (cell !== null) cell.parts.push(' ');
    } else if (RAW_TEXT.has(name) && !tag.selfClosing) {
      const end = indexOfEndTag(html, name, i);
      advance(end === -1 ? len : end);
    }
  }
  closeRow();
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

/** Where `</name` (any case) starts at or after `from`; -1 when it never does. */
function indexOfEndTag(html: string, name: string, from: number): number {
  for (let k = html.indexOf('</', from); k !== -1; k = html.indexOf('</', k + 2)) {
    if (html.slice(k + 2, k + 2 + name.length).toLowerCase() === name) {
      const after = html.charCodeAt(k + 2 + name.length);
      if (Number.isNaN(after) || isSpace(after) || after === GT || after === 47) return k;
    }
  }
  return -1;
}

interface Tag {
  /** Lower-cased. */
  name: string;
  /** The attributes read (names in any case; decoded; the first of two equal names wins). */
  title: string | null;
  colspan: string | null;
  selfClosing: boolean;
  /** Just after its `>` (or the end of the text). */
  end: number;
}

/** A start or end tag whose name starts at `from`. */
function readTag(html: string, from: number): Tag {
  const len = html.length;
  let k = from;
  while (k < len && !isSpace(html.charCodeAt(k)) && html.charCodeAt(k) !== GT && html.charCodeAt(k) !== 47)
    k++;
  const name = html.slice(from, k).toLowerCase();
  let title: string | null = null;
  let colspan: string | null = null;
  let selfClosing = false;
  while (k < len) {
    let c = html.charCodeAt(k);
    if (isSpace(c)) {
      k++;
      continue;
    }
    if (c === GT) return { name, title, colspan, selfClosing, end: k + 1 };
    if (c === 47 /* / */) {
      selfClosing = html.charCodeAt(k + 1) === GT;
      k++;
      continue;
    }
    // An attribute name: up to a space, '=', '>' or '/'.
    const nameFrom = k;
    k++;
    while (k < len) {
      c = html.charCodeAt(k);
      if (isSpace(c) || c === 61 /* = */ || c === GT || c === 47) break;
      k++;
    }
    const attr = k - nameFrom === 5 || k - nameFrom === 7 ? html.slice(nameFrom, k).toLowerCase() : '';
    while (k < len && isSpace(html.charCodeAt(k))) k++;
    let value = '';
    if (html.charCodeAt(k) === 61 /* = */) {
      k++;
      while (k < len && isSpace(html.charCodeAt(k))) k++;
      const q = html.charCodeAt(k);
      if (q === 34 || q === 39) {
        const close = html.indexOf(q === 34 ? '"' : "'", k + 1);
        const to = close === -1 ? len : close;
        value = html.slice(k + 1, to);
        k = close === -1 ? len : close + 1;
      } else {
        const valueFrom = k;
        while (k < len && !isSpace(html.charCodeAt(k)) && html.charCodeAt(k) !== GT) k++;
        value = html.slice(valueFrom, k);
      }
    }
    if (attr === 'title') title ??= decodeEntities(value, true);
    else if (attr === 'colspan') colspan ??= value;
  }
  return { name, title, colspan, selfClosing, end: len };
}

function colspanOf(v: string | null): number {
  if (v === null) return 1;
  const m = /^\s*(\d+)/.exec(v);
  if (!m) return 1;
  const n = Number(m[1]);
  return n < 1 ? 1 : Math.min(n, 1000);
}

/** Runs of ASCII white space made one space; trimmed (no-break spaces too, at the ends only). */
function cellText(s: string): string {
  return s.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/**
 * Named character references this reader knows — HTML's markup characters, the spaces and the
 * Latin-1 signs statements use. A name it does not know is left as written (which is also what
 * HTML does with a name that is not one).
 */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  shy: '\u00ad',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  deg: '\u00b0',
  plusmn: '\u00b1',
  times: '\u00d7',
  divide: '\u00f7',
  middot: '\u00b7',
  sect: '\u00a7',
  para: '\u00b6',
  cent: '\u00a2',
  pound: '\u00a3',
  yen: '\u00a5',
  euro: '\u20ac',
  curren: '\u00a4',
  micro: '\u00b5',
  laquo: '\u00ab',
  raquo: '\u00bb',
  hellip: '\u2026',
  ndash: '\u2013',
  mdash: '\u2014',
  minus: '\u2212',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bull: '\u2022',
};

/** Of NAMED, those HTML also reads without the closing `;` (its legacy Latin-1 names). */
const LEGACY = [
  'amp',
  'lt',
  'gt',
  'quot',
  'nbsp',
  'shy',
  'copy',
  'reg',
  'deg',
  'plusmn',
  'times',
  'divide',
  'middot',
  'sect',
  'para',
  'cent',
  'pound',
  'yen',
  'curren',
  'micro',
  'laquo',
  'raquo',
].sort((a, b) => b.length - a.length); // longest first: HTML takes the longest that matches

/** Windows-1252's characters for the C1 code points, which HTML maps `&#128;`–`&#159;` to. */
const C1: Readonly<Record<number, number>> = {
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x0192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x02c6,
  0x89: 0x2030,
  0x8a: 0x0160,
  0x8b: 0x2039,
  0x8c: 0x0152,
  0x8e: 0x017d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x02dc,
  0x99: 0x2122,
  0x9a: 0x0161,
  0x9b: 0x203a,
  0x9c: 0x0153,
  0x9e: 0x017e,
  0x9f: 0x0178,
};

function isAlnum(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57);
}

/** The character of a numeric reference, as HTML reads it (never a lone surrogate or NUL). */
function fromCode(n: number): string {
  if (n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(C1[n] ?? n);
}

/**
 * Decodes character references as HTML does: `&#38;`, `&#x26;` (the `;` may be left out), the
 * named ones above, and in text (not in an attribute value followed by a letter, a digit or
 * `=`) the legacy names without `;` (`&nbsp` → no-break space). Anything else stays as written.
 */
export function decodeEntities(s: string, inAttribute: boolean): string {
  let amp = s.indexOf('&');
  if (amp === -1) return s;
  let out = '';
  let from = 0;
  while (amp !== -1) {
    out += s.slice(from, amp);
    let k = amp + 1;
    let decoded: string | null = null;
    if (s.charCodeAt(k) === 35 /* # */) {
      k++;
      const hex = s.charCodeAt(k) === 120 || s.charCodeAt(k) === 88; /* x X */
      if (hex) k++;
      const digitsFrom = k;
      let n = 0;
      for (; k < s.length; k++) {
        const c = s.charCodeAt(k);
        const d = c >= 48 && c <= 57 ? c - 48 : hex && (c | 32) >= 97 && (c | 32) <= 102 ? (c | 32) - 87 : -1;
        if (d < 0) break;
        n = Math.min(n * (hex ? 16 : 10) + d, 0x110000);
      }
      if (k > digitsFrom) {
        if (s.charCodeAt(k) === 59 /* ; */) k++;
        decoded = fromCode(n);
      }
    } else {
      let end = k;
      while (end < s.length && end - k < 32 && isAlnum(s.charCodeAt(end))) end++;
      const name = s.slice(k, end);
      const known = NAMED[name];
      if (known !== undefined && s.charCodeAt(end) === 59 /* ; */) {
        decoded = known;
        k = end + 1;
      } else {
        const legacy = LEGACY.find((l) => name.startsWith(l));
        if (legacy !== undefined) {
          const after = s.charCodeAt(k + legacy.length);
          if (!(inAttribute && (isAlnum(after) || after === 61))) {
            decoded = NAMED[legacy] as string;
            k += legacy.length;
          }
        }
      }
    }
    if (decoded === null) {
      out += '&';
      from = amp + 1;
    } else {
      out += decoded;
      from = k;
    }
    amp = s.indexOf('&', from);
  }
  return out + s.slice(from);
}
