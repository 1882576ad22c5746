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
