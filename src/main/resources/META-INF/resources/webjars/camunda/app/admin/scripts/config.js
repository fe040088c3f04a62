// AR Desk's Admin configuration (replaces the webapp's default, which sets nothing): Camunda's own
// text in the language ardesk-locale.js chooses (en, zh-TW or zh-CN).
import { webappLocales } from '../../ardesk-locale.js';

export default {
  locales: webappLocales(),
};
