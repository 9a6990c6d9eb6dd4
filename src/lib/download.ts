/** Offers `content` to the user as a file download. */
export function downloadFile(filename: string, content: string | Blob, mimeType = 'text/plain') {
  const blob =
    typeof content === 'string'
      ? new Blob([content], { type: `${mimeType};charset=utf-8` })
      : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
