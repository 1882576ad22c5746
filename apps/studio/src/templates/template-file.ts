// Characters file systems refuse in a name (Windows is the strictest), and control characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes.
const unsafe = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;

/** The file a flow exports to: its name made safe for any file system, `.flow.json` after it. */
export function templateFileName(flowName: string): string {
  const base = flowName.replace(unsafe, '-').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  return `${base.slice(0, 120) || 'flow'}.flow.json`;
}

/** The text of a template file: the document as indented JSON with a final newline. */
export function templateFileText(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Hands the browser a file to save, through a temporary object URL and link. */
export function downloadFile(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
