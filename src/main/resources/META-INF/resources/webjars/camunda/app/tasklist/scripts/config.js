// AR Desk's Tasklist configuration (replaces the webapp's default): the "Customer" tab plugin, the
// forms' validation messages (form-messages.js) and date fields (form-dates.js) in the webapp's language,
// Tasklist's keyboard shortcuts, which a config of our own must name again, and Camunda's own text in
// the language ardesk-locale.js chooses (en, zh-TW or zh-CN), the shortcuts' descriptions with it.
import { webappLocales } from '../../ardesk-locale.js';

const locales = webappLocales();

const SHORTCUTS = {
  claimTask: ['ctrl+alt+c', 'claim the selected task', '認領所選任務', '认领所选任务'],
  focusFilter: ['ctrl+shift+f', 'go to the first filter', '跳到第一個篩選器', '跳到第一个筛选器'],
  focusList: ['ctrl+alt+l', 'go to the first task of the list', '跳到清單中的第一個任務', '跳到列表中的第一个任务'],
  focusForm: ['ctrl+alt+f', 'go to the first field of the task form', '跳到任務表單的第一個欄位', '跳到任务表单的第一个字段'],
  startProcess: ['ctrl+alt+p', 'start a process', '啟動流程', '启动流程'],
};
const column = { en: 1, 'zh-TW': 2, 'zh-CN': 3 }[locales.fallbackLocale];

export default {
  customScripts: ['scripts/customer-tab.js', 'scripts/form-messages.js', 'scripts/form-dates.js'],
  shortcuts: Object.fromEntries(Object.entries(SHORTCUTS)
    .map(([name, texts]) => [name, { key: texts[0], description: texts[column] }])),
  locales,
};
