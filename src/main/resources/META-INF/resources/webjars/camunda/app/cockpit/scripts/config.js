// AR Desk's Cockpit configuration (replaces the webapp's empty default): the Receivables dashboard
// and the worklist ranked by expected loss, ES modules under scripts/; Camunda's own text in the
// language ardesk-locale.js chooses (en, zh-TW or zh-CN).
import { webappLocales } from '../../ardesk-locale.js';

export default {
  customScripts: ['scripts/receivables.js'],
  locales: webappLocales(),
};
