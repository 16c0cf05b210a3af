import * as z from 'zod/mini';
import { billingDocumentData } from '../billing/service.ts';
import { authenticate } from '../core/auth.ts';
import { createModuleApp } from '../core/http.ts';
import { createRoute } from '../core/module-app.ts';
import { authedErrors } from '../core/openapi.ts';
import { invoiceDocumentData } from '../invoices/service.ts';
import { billingInvoicePdf } from './billing-invoice-pdf.ts';
import { renderInvoicePdf } from './invoice-pdf.ts';

/**
 * The two invoice PDFs, served by their own function: the PDF library and its fonts are about
 * 420 KB, more than the rest of a module, so the billing and invoices functions stay small and
 * only a PDF download pays to load it. Reading and visibility are the owning modules' services.
 */
const pathParam = (name: string) => z.string().check(z.meta({ param: { name, in: 'path' } }));
const pdfContent = (description: string) => ({
  description,
  content: { 'application/pdf': { schema: z.string().check(z.meta({ format: 'binary' })) } },
});

export const invoicePdfRoutes = createModuleApp();
invoicePdfRoutes.use(authenticate);

invoicePdfRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/billing-invoices/{billingInvoiceId}/pdf',
    tags: ['Billing'],
    summary: 'The invoice as a PDF, with an appendix of every entry and its work item',
    request: { params: z.object({ clientId: pathParam('clientId'), billingInvoiceId: pathParam('billingInvoiceId') }) },
    responses: { 200: pdfContent('PDF'), ...authedErrors(403, 404) },
  }),
  async (c) => {
    const { clientId, billingInvoiceId } = c.req.valid('param');
    const data = await billingDocumentData(c.get('ctx'), clientId, billingInvoiceId);
    return c.body((await billingInvoicePdf(data)) as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${data.invoice.number}.pdf"`,
    });
  },
);

invoicePdfRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/invoices/{invoiceId}/pdf',
    tags: ['Invoices'],
    summary: 'The invoice as a PDF',
    request: { params: z.object({ clientId: pathParam('clientId'), invoiceId: pathParam('invoiceId') }) },
    responses: { 200: pdfContent('The PDF'), ...authedErrors(404) },
  }),
  async (c) => {
    const { clientId, invoiceId } = c.req.valid('param');
    const { client, invoice } = await invoiceDocumentData(c.get('ctx'), clientId, invoiceId);
    return c.body((await renderInvoicePdf(client, invoice)) as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="${invoice.number}.pdf"`,
    });
  },
);
