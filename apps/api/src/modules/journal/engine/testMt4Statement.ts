/**
 * MetaTrader 4 Detailed Statements written for tests (not part of the engine's API): the HTML the
 * terminal saves (brokers.md `mt4`), one `<tr>` a line, from rows given as values.
 */

export interface Mt4Row {
  ticket: string;
  /** `2024.03.25 09:29:00` */
  openTime: string;
  type: string;
  size: string;
  item: string;
  price: string;
  /** Closed rows: */
  closeTime?: string;
  closePrice?: string;
  commission?: string;
  taxes?: string;
  swap?: string;
  profit?: string;
  /** The Ticket cell's title: `to #N`, `from #M`, `[sl]`… */
  title?: string;
}

const money = (v: string | undefined) => `<td class=mspt>${v ?? '0.00'}</td>`;
const num = (v: string) => `<td style="mso-number-format:0\\.00000;">${v}</td>`;
const ticket = (r: Mt4Row) => `<td${r.title === undefined ? '' : ` title="${r.title}"`}>${r.ticket}</td>`;

/** A Closed Transactions row. */
export function closedRow(r: Mt4Row, shade = false): string {
  return (
    `<tr${shade ? ' bgcolor="#E0E0E0"' : ''} align=right>${ticket(r)}<td class=msdate nowrap>${r.openTime}</td>` +
    `<td>${r.type}</td><td class=mspt>${r.size}</td><td>${r.item}</td>${num(r.price)}${num('0.00000')}${num('0.00000')}` +
    `<td class=msdate nowrap>${r.closeTime ?? ''}</td>${num(r.closePrice ?? '')}${money(r.commission)}${money(r.taxes)}` +
    `${money(r.swap)}${money(r.profit)}</tr>`
  );
}

/** An Open Trades row (the market price where the close price would be). */
export function openRow(r: Mt4Row): string {
  return (
    `<tr align=right>${ticket(r)}<td class=msdate nowrap>${r.openTime}</td><td>${r.type}</td>` +
    `<td class=mspt>${r.size}</td><td>${r.item}</td>${num(r.price)}${num('0.00000')}${num('0.00000')}<td>&nbsp;</td>` +
    `${num(r.closePrice ?? r.price)}${money(r.commission)}${money(r.taxes)}${money(r.swap)}${money(r.profit)}</tr>`
  );
}

const CLOSED_HEADER =
  '<tr align=center bgcolor="#C0C0C0">\n' +
  '   <td>Ticket</td><td nowrap>Open Time</td><td>Type</td><td>Size</td><td>Item</td>\n' +
  '   <td>Price</td><td>S / L</td><td>T / P</td><td nowrap>Close Time</td>\n' +
  '   <td>Price</td><td>Commission</td><td>Taxes</td><td>Swap</td><td>Profit</td></tr>';
const OPEN_HEADER =
  '<tr align=center bgcolor="#C0C0C0"><td>Ticket</td><td nowrap>Open Time</td><td>Type</td><td>Size</td>' +
  '<td>Item</td><td>Price</td><td>S / L</td><td>T / P</td><td>&nbsp;</td><td>Price</td><td>Commission</td>' +
  '<td>Taxes</td><td>Swap</td><td>Profit</td></tr>';

/**
 * A whole statement: the title block, Closed Transactions (rows as values, or as raw `<tr>` lines),
 * its totals and Closed P/L rows, Open Trades, Working Orders and Summary.
 */
export function mt4Statement(
  closed: ReadonlyArray<Mt4Row | string>,
  open: ReadonlyArray<Mt4Row | string> = [],
): string {
  return [
    '<html>',
    '<head><title>Statement: 2100347 - Test</title></head>',
    '<body><div align=center>',
    '<table cellspacing=1 cellpadding=3 border=0>',
    '<tr align=left><td colspan=2><b>Account: 2100347</b></td><td colspan=5><b>Name: Test</b></td></tr>',
    '<tr align=left><td colspan=13><b>Closed Transactions:</b></td></tr>',
    CLOSED_HEADER,
    ...closed.map((r, i) => (typeof r === 'string' ? r : closedRow(r, i % 2 === 1))),
    '<tr align=right><td colspan=10>&nbsp;</td><td class=mspt>0.00</td><td class=mspt>0.00</td><td class=mspt>0.00</td><td class=mspt>0.00</td></tr>',
    '<tr align=right><td colspan=12 align=right><b>Closed P/L:</b></td><td colspan=2 align=right class=mspt><b>0.00</b></td></tr>',
    '<tr align=left><td colspan=14><b>Open Trades:</b></td></tr>',
    OPEN_HEADER,
    ...(open.length === 0
      ? ['<tr align=right><td colspan=13 align=center>No transactions</td></tr>']
      : open.map((r) => (typeof r === 'string' ? r : openRow(r)))),
    '<tr align=left><td colspan=13><b>Working Orders:</b></td></tr>',
    '<tr align=right><td colspan=13 align=center>No transactions</td></tr>',
    '<tr align=left><td colspan=13><b>Summary:</b></td></tr>',
    '<tr align=right><td colspan=3><b>Deposit/Withdrawal:</b></td><td colspan=2 class=mspt><b>10 000.00</b></td></tr>',
    '</table>',
    '</div></body></html>',
    '',
  ].join('\r\n');
}
