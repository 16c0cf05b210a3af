import { useEffect, useState } from 'react';
import { documentUrl } from './Documents';
import type { DocumentRecord } from './Documents';
import { ErrorState, Loading } from './States';

/**
 * Shows a source document beside the keying form: images and PDFs inline, text as text. The bytes come
 * through the document's presigned URL and are shown from a blob, so nothing is downloaded to disk.
 */
export function DocumentViewer({ clientId, document }: { clientId: string; document: DocumentRecord }) {
  const [state, setState] = useState<{ url?: string; text?: string; error?: Error; href?: string }>({});
  useEffect(() => {
    let current = true;
    let objectUrl: string | undefined;
    setState({});
    (async () => {
      const href = await documentUrl(clientId, document.id);
      const response = await fetch(href);
      if (!response.ok) throw new Error(`The document could not be read (${response.status}).`);
      if (document.contentType.startsWith('text/')) {
        const text = await response.text();
        if (current) setState({ text, href });
        return;
      }
      objectUrl = URL.createObjectURL(new Blob([await response.arrayBuffer()], { type: document.contentType }));
      if (current) setState({ url: objectUrl, href });
    })().catch((error: unknown) => {
      if (current) setState({ error: error instanceof Error ? error : new Error(String(error)) });
    });
    return () => {
      current = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [clientId, document.id, document.contentType]);

  if (state.error) return <ErrorState error={state.error} label={document.fileName} />;
  if (state.text !== undefined) {
    return (
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the document scrolls, so it must take keyboard focus.
      <section className="document-text" tabIndex={0} aria-label={`Source document ${document.fileName}`}>
        <pre>{state.text}</pre>
      </section>
    );
  }
  if (!state.url) return <Loading label={document.fileName} />;
  if (document.contentType.startsWith('image/')) return <img className="document-image" src={state.url} alt={`Source document ${document.fileName}`} />;
  if (document.contentType === 'application/pdf') {
    return (
      <>
        <iframe className="document-frame" src={state.url} title={`Source document ${document.fileName}`} />
        <p className="hint">
          Not showing? <a href={state.url} target="_blank" rel="noreferrer">Open {document.fileName} in a new tab</a>.
        </p>
      </>
    );
  }
  return (
    <p>
      {document.fileName} cannot be shown here.{' '}
      <a href={state.url} download={document.fileName}>
        Download it
      </a>
      .
    </p>
  );
}
