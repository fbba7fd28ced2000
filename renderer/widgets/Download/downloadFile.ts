/** Saves a blob as a file through the browser's download (also what Electron does with <a download>). */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has read the blob by the time the click handler returns in Chromium; later revoke just frees memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
