import { toCsv } from '../core/csv.ts';
import type { billingDocumentData } from './service.ts';

export type DocumentData = Awaited<ReturnType<typeof billingDocumentData>>;

/** One row per entry behind the invoice, with its line's agent and rate, for spreadsheets. */
export function billingCsv(data: DocumentData): string {
  const lineOf = new Map<string, { index: number; rateMinor: number }>();
  data.invoice.lines.forEach((line, index) => {
    for (const id of line.entryIds) lineOf.set(id, { index: index + 1, rateMinor: line.rateMinor });
  });
  return toCsv(
    ['invoice', 'line', 'entryId', 'agent', 'startedAt', 'endedAt', 'durationSeconds', 'category', 'workItemType', 'workItemId', 'workItemTitle', 'note', 'rateMinor', 'currency'],
    data.entries.map((entry) => [
      data.invoice.number,
      lineOf.get(entry.id)?.index,
      entry.id,
      data.agentName(entry.userId),
      entry.startedAt,
      entry.endedAt,
      entry.durationSeconds,
      entry.category,
      entry.workItem?.type,
      entry.workItem?.id,
      data.workItemTitle(entry),
      entry.note,
      lineOf.get(entry.id)?.rateMinor,
      data.invoice.currency,
    ]),
  );
}
