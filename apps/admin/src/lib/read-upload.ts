/** A document chosen for import, ready to send: the server reads Word, PDF and web pages. */
export interface Upload {
  name: string;
  format: 'docx' | 'pdf' | 'html';
  base64: string;
}

/** The file's bytes as base64 (the tRPC input is JSON), by the browser's own encoder. */
export function readUpload(file: File, format: Upload['format']): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve({ name: file.name, format, base64: url.slice(url.indexOf(',') + 1) });
    };
    reader.onerror = () => reject(reader.error ?? new Error(`${file.name} could not be read`));
    reader.readAsDataURL(file);
  });
}
