// AR Desk: which language Camunda's own webapps (Tasklist, Cockpit, Admin, Welcome) speak.
//
// The webapps cut the browser's language at the hyphen (zh-TW -> zh) and look it up in config.js
// `locales.availableLocales`, falling back to `locales.fallbackLocale`; the file they load is
// locales/<locale>.json. Each config.js asks this module for its `locales`, which name exactly one
// locale: the one chosen here. So the webapps load one file, locales/en.json, zh-TW.json or
// zh-CN.json, and both Chinese scripts are told apart although the webapps see only "zh".
//
// The browser's first language decides (the webapps read only that one):
//   en-*                           -> en
//   zh-TW, zh-HK, zh-MO, zh-Hant*  -> zh-TW (Traditional)
//   zh-CN, zh-SG, zh-MY, zh-Hans*  -> zh-CN (Simplified)
//   zh (no region, no script)      -> ardesk.language when it is zh-TW or zh-CN, else zh-CN
//   anything else (fr, ja, ...)    -> ardesk.language (en, zh-TW or zh-CN)
// A script subtag (Hant, Hans) counts before a region (zh-Hans-HK is Simplified).
// ardesk.language comes from ardesk-language.js, which the application writes (WebappLanguageModule);
// should it not load, the webapps still start, in English for languages other than zh.

export const LANGUAGES = ['en', 'zh-TW', 'zh-CN'];

const TRADITIONAL_REGIONS = ['tw', 'hk', 'mo'];
const SIMPLIFIED_REGIONS = ['cn', 'sg', 'my'];

let teamLanguage = 'en';
try {
  teamLanguage = (await import('./ardesk-language.js')).default;
} catch (error) {
  console.warn('AR Desk: ardesk-language.js did not load, the team language is taken as en', error);
}

/** The webapps' language for a browser language tag and the team's language (ardesk.language). */
export function webappLanguage(browserLanguage, team = teamLanguage) {
  const fallback = LANGUAGES.includes(team) ? team : 'en';
  const parts = String(browserLanguage || '').toLowerCase().replace(/_/g, '-').split('-');
  if (parts[0] === 'en') {
    return 'en';
  }
  if (parts[0] !== 'zh') {
    return fallback;
  }
  const subtags = parts.slice(1);
  if (subtags.includes('hant')) {
    return 'zh-TW';
  }
  if (subtags.includes('hans')) {
    return 'zh-CN';
  }
  if (subtags.some((tag) => TRADITIONAL_REGIONS.includes(tag))) {
    return 'zh-TW';
  }
  if (subtags.some((tag) => SIMPLIFIED_REGIONS.includes(tag))) {
    return 'zh-CN';
  }
  return fallback.startsWith('zh') ? fallback : 'zh-CN';
}

/** The browser's first language, as the webapps read it. */
export function browserLanguage() {
  return (navigator.languages && navigator.languages[0]) || navigator.language || '';
}

/**
 * The `locales` of a webapp's config.js: one locale, so that the webapps load that file and no
 * other. Also sets the page's language, so that Chinese text is drawn with the script's glyphs.
 */
export function webappLocales() {
  const language = webappLanguage(browserLanguage());
  document.documentElement.lang = language;
  return { availableLocales: [language], fallbackLocale: language };
}
