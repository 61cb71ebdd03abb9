import type { FastifyReply } from 'fastify';

/** A Word file to save, named in UTF-8 (RFC 6266) with a plain ASCII fallback. */
export function sendDocx(reply: FastifyReply, fileName: string, file: Buffer) {
  return reply
    .header('content-type', DOCX_TYPE)
    .header(
      'content-disposition',
      `attachment; filename="document.docx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    )
    .send(file);
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
