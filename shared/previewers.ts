// Link previewers and scanners the server can name in an "opened" event (docs/protocol.md#lifecycle):
// the sender then tells a Slack unfurl or a mail gateway's scan from a person. The server keeps
// only one of these ids (never the User-Agent or the address); clients word it with
// shared/messages.ts. An id a client does not know (a newer server's) still reads as a previewer.

export interface Previewer {
  /** Who runs it, as people know them. */
  name: string;
  /** What it does with a link. */
  what: 'link preview' | 'link scanner' | 'link check' | 'crawler';
}

export const PREVIEWERS = {
  slack: { name: 'Slack', what: 'link preview' },
  'microsoft-teams': { name: 'Microsoft Teams or Skype', what: 'link preview' },
  'microsoft-preview': { name: 'Microsoft (Teams, Outlook)', what: 'link preview' },
  'microsoft-bing': { name: 'Microsoft Bing or Outlook', what: 'link scanner' },
  'microsoft-office': { name: 'Microsoft Office or Outlook', what: 'link check' },
  google: { name: 'Google', what: 'crawler' },
  facebook: { name: 'Facebook or Messenger', what: 'link preview' },
  imessage: { name: 'iMessage', what: 'link preview' },
  apple: { name: 'Apple', what: 'crawler' },
  discord: { name: 'Discord', what: 'link preview' },
  telegram: { name: 'Telegram', what: 'link preview' },
  whatsapp: { name: 'WhatsApp', what: 'link preview' },
  linkedin: { name: 'LinkedIn', what: 'link preview' },
  twitter: { name: 'X (Twitter)', what: 'link preview' },
  mattermost: { name: 'Mattermost', what: 'link preview' },
  proofpoint: { name: 'Proofpoint', what: 'link scanner' },
  mimecast: { name: 'Mimecast', what: 'link scanner' },
} as const satisfies Record<string, Previewer>;

export type PreviewerId = keyof typeof PREVIEWERS;

/** What an id looks like on the wire: clients accept any such id, known to them or not. */
export const PREVIEWER_ID = /^[a-z0-9-]{1,32}$/;

export function previewerFor(id: string): Previewer | undefined {
  return Object.hasOwn(PREVIEWERS, id) ? PREVIEWERS[id as PreviewerId] : undefined;
}
