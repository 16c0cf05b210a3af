import { inflateSync } from 'node:zlib';

/**
 * The text a PDF draws, for assertions: inflates each content stream and decodes the strings of its
 * text-showing operators (`Tj`, `TJ`), hex (as pdf-lib writes them) or literal. Enough for the PDFs
 * this project makes with standard fonts; not a general PDF parser.
 */
export function pdfText(bytes: Buffer): string {
  const source = bytes.toString('latin1');
  const chunks: string[] = [];
  const streamPattern = /stream\r?\n/g;
  for (let match = streamPattern.exec(source); match; match = streamPattern.exec(source)) {
    const start = match.index + match[0].length;
    const end = source.indexOf('endstream', start);
    if (end < 0) break;
    const raw = bytes.subarray(start, end);
    let content: string;
    try {
      content = inflateSync(raw).toString('latin1');
    } catch {
      content = raw.toString('latin1');
    }
    for (const shown of content.matchAll(/(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))\s*Tj/g)) {
      const token = shown[1] ?? '';
      chunks.push(
        token.startsWith('<')
          ? Buffer.from(token.slice(1, -1).replace(/\s/g, ''), 'hex').toString('latin1')
          : token.slice(1, -1).replace(/\\(.)/g, '$1'),
      );
    }
    streamPattern.lastIndex = end;
  }
  return chunks.join('\n');
}
