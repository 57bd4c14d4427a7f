/** Hands text to the browser as a file download; the object URL is released once the click has used it. */
export function downloadText(fileName: string, text: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** A file name safe on every desktop system, from a plan name that may hold anything. */
export function safeFileName(name: string, extension: string): string {
  // eslint-disable-next-line no-control-regex
  const base = name.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ').trim().slice(0, 80) || 'opsplan';
  return `${base}.${extension}`;
}
