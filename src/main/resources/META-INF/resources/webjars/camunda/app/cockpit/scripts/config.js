// AR Desk's Cockpit configuration (replaces the webapp's empty default): the Receivables dashboard,
// the worklist ranked by expected loss and the Operation log tabs (who changed what), ES modules
// under scripts/; Camunda's own text in the language ardesk-locale.js chooses (en, zh-TW or zh-CN).
import { webappLocales } from '../../ardesk-locale.js';

export default {
  customScripts: ['scripts/receivables.js', 'scripts/operation-log.js'],
  locales: webappLocales(),
};
