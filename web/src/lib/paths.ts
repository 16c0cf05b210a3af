import type { WorkItemRef } from '../api/client';

/** Where each kind of work item is shown in the portal. */
export function workItemPath(clientId: string, item: WorkItemRef): string {
  const base = `/clients/${clientId}`;
  switch (item.type) {
    case 'invoice':
      return `${base}/invoices/${item.id}`;
    case 'payroll_run':
      return `${base}/payroll-runs/${item.id}`;
    case 'batch':
      return `${base}/batches/${item.id}`;
    case 'ticket':
      return `${base}/tickets/${item.id}`;
    case 'billing_invoice':
      return `${base}/billing/${item.id}`;
  }
}

export const WORK_ITEM_LABEL: Record<WorkItemRef['type'], string> = {
  invoice: 'Invoice',
  payroll_run: 'Payroll run',
  batch: 'Data-entry batch',
  ticket: 'Ticket',
  billing_invoice: 'Billing invoice',
};
