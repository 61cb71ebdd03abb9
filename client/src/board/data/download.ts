/** A board name made safe as the start of a file name. */
export const fileBase = (name: string): string => name.replace(/[\\/:*?"<>|]/gu, '_');

/** Saves a blob as a file through the browser's download. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Saves text as a file through the browser's download. */
export function download(filename: string, text: string, type: string): void {
  downloadBlob(filename, new Blob([text], { type }));
}
