import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { formatBps, formatMoney } from '../core/money.ts';
import type { Client } from '../clients/schemas.ts';
import type { Invoice } from '../invoices/schemas.ts';

/**
 * The invoice as a one-or-more page A4 PDF: the client business as the seller, the customer, the
 * lines with quantity, price, tax rate and amount, then subtotal, tax, total and any payments. Built
 * with pdf-lib's standard Helvetica, which needs no font files in the Lambda bundle; characters the
 * font cannot encode (its WinAnsi set) are shown as `?` rather than failing the download.
 */
const PAGE = { width: 595.28, height: 841.89, margin: 50 };
const GREY = rgb(0.4, 0.4, 0.4);

const STATUS_LABELS: Record<Invoice['status'], string> = {
  draft: 'DRAFT',
  pending_approval: 'AWAITING APPROVAL',
  approved: 'APPROVED',
  sent: 'SENT',
  paid: 'PAID',
  void: 'VOID',
};

function encodable(font: PDFFont): (text: string) => string {
  const supported = new Set(font.getCharacterSet());
  return (text) =>
    Array.from(text.replace(/[\r\n\t]+/g, ' '))
      .map((char) => (supported.has(char.codePointAt(0) ?? 0) ? char : '?'))
      .join('');
}

function truncateToWidth(font: PDFFont, text: string, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  let cut = text;
  while (cut.length > 1 && font.widthOfTextAtSize(`${cut}...`, size) > width) cut = cut.slice(0, -1);
  return `${cut}...`;
}

function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current ? `${current} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width || !current) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(truncateToWidth(font, current, size, width));
  return lines.map((line) => truncateToWidth(font, line, size, width));
}

export async function renderInvoicePdf(client: Pick<Client, 'name' | 'currency'>, invoice: Invoice): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Invoice ${invoice.number}`);
  doc.setAuthor(client.name);
  doc.setProducer('Backdesk');
  doc.setCreationDate(new Date(invoice.createdAt));
  doc.setModificationDate(new Date(invoice.updatedAt));
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const clean = encodable(regular);
  const money = (amount: number) => formatMoney(amount, invoice.currency);

  let page: PDFPage = doc.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const text = (value: string, x: number, options: { size?: number; font?: PDFFont; color?: ReturnType<typeof rgb>; right?: number } = {}) => {
    const size = options.size ?? 10;
    const font = options.font ?? regular;
    const content = clean(value);
    const at = options.right !== undefined ? options.right - font.widthOfTextAtSize(content, size) : x;
    page.drawText(content, { x: at, y, size, font, color: options.color ?? rgb(0, 0, 0) });
  };

  text(client.name, PAGE.margin, { size: 18, font: bold });
  text(`INVOICE ${invoice.number}`, 0, { size: 14, font: bold, right: PAGE.width - PAGE.margin });
  y -= 20;
  text(STATUS_LABELS[invoice.status], 0, { size: 10, color: GREY, right: PAGE.width - PAGE.margin });
  y -= 30;

  text('Bill to', PAGE.margin, { font: bold });
  text(`Issue date: ${invoice.issueDate}`, 0, { right: PAGE.width - PAGE.margin });
  y -= 14;
  text(invoice.customer.name, PAGE.margin);
  text(`Due date: ${invoice.dueDate}`, 0, { right: PAGE.width - PAGE.margin });
  y -= 14;
  if (invoice.customer.email) text(invoice.customer.email, PAGE.margin, { color: GREY });
  text(`Currency: ${invoice.currency}`, 0, { right: PAGE.width - PAGE.margin });
  y -= 34;

  const columns = { description: PAGE.margin, quantity: 330, unitPrice: 410, tax: 460, amount: PAGE.width - PAGE.margin };
  const header = () => {
    text('Description', columns.description, { font: bold });
    text('Qty', 0, { font: bold, right: columns.quantity });
    text('Unit price', 0, { font: bold, right: columns.unitPrice });
    text('Tax', 0, { font: bold, right: columns.tax });
    text('Amount', 0, { font: bold, right: columns.amount });
    y -= 6;
    page.drawLine({ start: { x: PAGE.margin, y }, end: { x: PAGE.width - PAGE.margin, y }, thickness: 0.5, color: GREY });
    y -= 14;
  };
  header();
  for (const line of invoice.lines) {
    if (y < PAGE.margin + 120) {
      page = doc.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - PAGE.margin;
      header();
    }
    text(truncateToWidth(regular, clean(line.description), 10, columns.quantity - columns.description - 60), columns.description);
    text(String(line.quantity), 0, { right: columns.quantity });
    text(formatMoney(line.unitPriceMinor, invoice.currency).replace(`${invoice.currency} `, ''), 0, { right: columns.unitPrice });
    text(formatBps(line.taxRateBps), 0, { right: columns.tax });
    text(money(line.amountMinor), 0, { right: columns.amount });
    y -= 16;
  }

  y -= 10;
  page.drawLine({ start: { x: 330, y: y + 10 }, end: { x: PAGE.width - PAGE.margin, y: y + 10 }, thickness: 0.5, color: GREY });
  const totalRow = (label: string, amount: number, font: PDFFont = regular) => {
    text(label, 340, { font });
    text(money(amount), 0, { font, right: columns.amount });
    y -= 16;
  };
  totalRow('Subtotal', invoice.subtotalMinor);
  totalRow('Tax', invoice.taxMinor);
  totalRow('Total', invoice.totalMinor, bold);
  if (invoice.amountPaidMinor > 0) {
    totalRow('Paid', invoice.amountPaidMinor);
    totalRow('Balance due', invoice.totalMinor - invoice.amountPaidMinor, bold);
  }
  if (invoice.notes) {
    y -= 20;
    for (const noteLine of wrap(regular, clean(invoice.notes), 9, PAGE.width - 2 * PAGE.margin).slice(0, 12)) {
      text(noteLine, PAGE.margin, { size: 9, color: GREY });
      y -= 12;
    }
  }
  return doc.save();
}
