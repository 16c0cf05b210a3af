import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import type { DocumentData } from '../billing/documents.ts';
import { formatMoney } from '../core/money.ts';

const hours = (seconds: number) => (seconds / 3600).toFixed(2);

/** A plain A4 layout: header, lines, totals, then an appendix listing every entry with its work item. */
export async function billingInvoicePdf(data: DocumentData): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${data.invoice.number} ${data.client.name}`);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const { invoice, client } = data;
  const money = (minor: number) => formatMoney(minor, invoice.currency);

  let page: PDFPage = pdf.addPage([595, 842]);
  let y = 800;
  const write = (text: string, x: number, options: { font?: PDFFont; size?: number } = {}) => {
    // The standard fonts cover WinAnsi only; anything else is shown as '?', never a crash.
    const safe = text.replace(/[^\x20-\x7e\xa0-\xff]/g, '?');
    page.drawText(safe, { x, y, size: options.size ?? 10, font: options.font ?? regular, color: rgb(0.1, 0.1, 0.12) });
  };
  const newline = (gap = 14) => {
    y -= gap;
    if (y < 50) {
      page = pdf.addPage([595, 842]);
      y = 800;
    }
  };

  write(data.firmName, 50, { font: bold, size: 16 });
  newline(22);
  write(`Invoice ${invoice.number}`, 50, { font: bold, size: 12 });
  newline();
  write(`Bill to: ${client.name} (${client.billingContact.name}, ${client.billingContact.email})`, 50);
  newline();
  write(`Period: ${invoice.periodStart} to ${invoice.periodEnd} (${client.timeZone})`, 50);
  newline();
  write(`Status: ${invoice.status}${invoice.issuedAt ? `, issued ${invoice.issuedAt.slice(0, 10)}` : ''}`, 50);
  newline(26);

  write('Description', 50, { font: bold });
  write('Hours', 330, { font: bold });
  write('Rate / h', 390, { font: bold });
  write('Amount', 480, { font: bold });
  newline();
  for (const line of invoice.lines) {
    write(line.description.slice(0, 55), 50);
    write(hours(line.durationSeconds), 330);
    write(money(line.rateMinor), 390);
    write(money(line.amountMinor), 480);
    newline();
  }
  newline(8);
  write('Subtotal', 390, { font: bold });
  write(money(invoice.subtotalMinor), 480);
  newline();
  write('Tax', 390, { font: bold });
  write(money(invoice.taxMinor), 480);
  newline();
  write('Total', 390, { font: bold });
  write(money(invoice.totalMinor), 480, { font: bold });
  newline(30);

  write('Appendix: time entries', 50, { font: bold, size: 12 });
  newline(18);
  for (const entry of [...data.entries].sort((a, b) => a.startedAt.localeCompare(b.startedAt))) {
    const item = entry.workItem ? `${entry.workItem.type} ${data.workItemTitle(entry) || entry.workItem.id}` : '';
    write(`${entry.startedAt.slice(0, 16).replace('T', ' ')}  ${data.agentName(entry.userId)}  ${hours(entry.durationSeconds)} h  ${entry.category}  ${item}`.slice(0, 110), 50, {
      size: 8,
    });
    newline(11);
  }
  return pdf.save();
}
