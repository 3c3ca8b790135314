// Known answers: User-Agent strings as previewers and scanners send them (from their own
// documentation where they publish it, else as widely logged), and people's browsers and in-app
// browsers that must not be taken for one.
import { describe, expect, it } from 'vitest';
import { messageForPreviewer } from '../../shared/messages';
import { PREVIEWER_ID, PREVIEWERS, previewerFor } from '../../shared/previewers';
import { agentClass } from './client-hint';
import { previewerOf } from './previewers';

const PREVIEWER_UAS: [string, string][] = [
  ['Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)', 'slack'],
  ['Slackbot 1.0 (+https://api.slack.com/robots)', 'slack'],
  ['Slack-ImgProxy (+https://api.slack.com/robots)', 'slack'],
  [
    'Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5 skype-url-preview@microsoft.com',
    'microsoft-teams',
  ],
  [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/112.0.0.0 Safari/537.36 Edg/112.0.1722.39 MicrosoftPreview/2.0 +https://aka.ms/MicrosoftPreview',
    'microsoft-preview',
  ],
  [
    'Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/534+ (KHTML, like Gecko) BingPreview/1.0b',
    'microsoft-bing',
  ],
  ['Mozilla/4.0 (compatible; ms-office; MSOffice 16)', 'microsoft-office'],
  [
    'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.12026; Pro)',
    'microsoft-office',
  ],
  [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_1) AppleWebKit/601.2.4 (KHTML, like Gecko) Version/9.0.1 Safari/601.2.4 facebookexternalhit/1.1 Facebot Twitterbot/1.0',
    'imessage',
  ],
  ['TelegramBot (like TwitterBot)', 'telegram'],
  ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'google'],
  [
    'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.216 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    'google',
  ],
  ['Google-Safety', 'google'],
  [
    'Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)',
    'google',
  ],
  ['Mozilla/5.0 (compatible; Google-InspectionTool/1.0;)', 'google'],
  ['facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)', 'facebook'],
  [
    'meta-externalagent/1.1 (+https://developers.facebook.com/docs/sharing/webmasters/crawler)',
    'facebook',
  ],
  [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.1 Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)',
    'apple',
  ],
  ['Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)', 'discord'],
  ['WhatsApp/2.23.20.0 A', 'whatsapp'],
  ['WhatsApp/2.2337.8 W', 'whatsapp'],
  [
    'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
    'linkedin',
  ],
  ['Twitterbot/1.0', 'twitter'],
  ['Mattermost-Bot/1.1', 'mattermost'],
  // Gateways that name themselves do so with their brand; these are the tokens, not full strings.
  ['Mozilla/5.0 (compatible; Proofpoint URL Defense)', 'proofpoint'],
  ['Mozilla/5.0 (compatible; Mimecast URL Protect)', 'mimecast'],
];

const PEOPLE_UAS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  // In-app browsers: a person tapping the link inside the app, not its previewer.
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/470.0.0.38.108;FBBV/613530110]',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [LinkedInApp]/9.30.1710',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/124.0.6367.179 Mobile Safari/537.36 Telegram-Android/10.13.2',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Teams/24215.1007.3082.1590 Chrome/122.0.6261.171 Electron/29.4.6 Safari/537.36',
  'curl/8.5.0',
  '',
];

describe('previewerOf', () => {
  it.each(PREVIEWER_UAS)('%s → %s', (ua, id) => {
    expect(previewerOf(ua)).toBe(id);
    // Every named previewer is also a "link preview or scanner" for the coarse hint.
    expect(agentClass(ua)).toBe('link preview or scanner');
  });

  it.each(PEOPLE_UAS.map((ua) => [ua]))('%s → none', (ua) => {
    expect(previewerOf(ua)).toBeNull();
  });

  it('names only previewers shared/ knows, each with the sentence clients show', () => {
    const ids = new Set(PREVIEWER_UAS.map(([, id]) => id));
    expect([...ids].sort()).toEqual(Object.keys(PREVIEWERS).sort());
    for (const id of ids) expect(id).toMatch(PREVIEWER_ID);
    expect(messageForPreviewer(previewerFor('slack'))).toBe('opened by a Slack link preview');
    expect(messageForPreviewer(previewerFor('imessage'))).toBe(
      'opened by an iMessage link preview',
    );
    expect(messageForPreviewer(previewerFor('proofpoint'))).toBe(
      'opened by a Proofpoint link scanner',
    );
    expect(messageForPreviewer(previewerFor('some-new-one'))).toBe(
      'opened by a link preview or scanner',
    );
  });
});
