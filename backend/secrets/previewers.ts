// Which known link previewer or scanner a User-Agent names (shared/previewers.ts has their
// names). Only the tokens each one documents or is widely logged with; order matters where one
// UA carries another's token (iMessage sends "facebookexternalhit … Twitterbot", Telegram "like
// TwitterBot", Microsoft's preview an Edge UA). A UA is a claim anyone can copy: this names
// who says they loaded the link, for the sender's information, and decides nothing.
// Scanners that present themselves as a plain browser (Safe Links detonation, most sandboxes)
// cannot be told apart this way, and are not named.
import type { PreviewerId } from '../../shared/previewers';

const PATTERNS: [RegExp, PreviewerId][] = [
  [/\bSlackbot\b|\bSlack-ImgProxy\b|\bSlackbot-LinkExpanding\b/i, 'slack'],
  [/\bSkypeUriPreview\b/i, 'microsoft-teams'],
  [/\bMicrosoftPreview\//i, 'microsoft-preview'],
  [/\bBingPreview\//i, 'microsoft-bing'],
  [/\bms-office\b|\bMSOffice \d|\bMicrosoft Outlook\b/i, 'microsoft-office'],
  [/facebookexternalhit\/[\d.]+ Facebot Twitterbot\//i, 'imessage'],
  [/\bTelegramBot\b/i, 'telegram'],
  [
    /\bGooglebot\b|\bGoogle-Safety\b|\bGoogleImageProxy\b|\bGoogle-InspectionTool\b|\bGoogle-PageRenderer\b|\bAPIs-Google\b|\bFeedFetcher-Google\b/i,
    'google',
  ],
  [/\bfacebookexternalhit\b|\bfacebookcatalog\b|\bmeta-externalagent\b|\bFacebot\b/i, 'facebook'],
  [/\bApplebot\b/i, 'apple'],
  [/\bDiscordbot\b/i, 'discord'],
  [/^WhatsApp\/\d/i, 'whatsapp'],
  [/\bLinkedInBot\b/i, 'linkedin'],
  [/\bTwitterbot\b/i, 'twitter'],
  [/\bMattermost-Bot\b/i, 'mattermost'],
  [/\bproofpoint\b/i, 'proofpoint'],
  [/\bmimecast\b/i, 'mimecast'],
];

/** The previewer a User-Agent names, or null (a person's browser, a script, anything else). */
export function previewerOf(userAgent: string | undefined): PreviewerId | null {
  if (!userAgent) return null;
  // A UA is short; a long one is not a previewer's, and regexes need not scan it.
  const ua = userAgent.slice(0, 512);
  for (const [re, id] of PATTERNS) if (re.test(ua)) return id;
  return null;
}
