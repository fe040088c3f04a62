// AR Desk: the date fields of Tasklist's forms in the webapp's language. form-js (inside Tasklist)
// draws a date field as a text input with a flatpickr calendar whose format it takes from the
// browser's own locale (Intl.DateTimeFormat(): 12/06/2026 in an en-US browser), whatever language the
// webapp speaks. In Chinese (zh-TW, zh-CN: the language ardesk-locale.js chose) this script makes each
// field show 2026年12月6日 and accept it typed, as well as 2026/12/6, 2026-12-06 and 2026.12.6; the
// calendar names its months and weekdays in Chinese. The value form-js submits is unchanged: an ISO
// date (2026-12-06). In English the fields stay as form-js draws them.
//
// How: flatpickr keeps its instance on the input (input._flatpickr) and reads config.formatDate and
// config.parseDate each time it writes or reads the input; this script sets both on every date
// field's instance as it appears (a MutationObserver, as form-messages.js does) and writes the chosen
// day again. form-js's own handlers (onChange -> the field's value) are not touched.
import { webappLanguage, browserLanguage } from '../../ardesk-locale.js';

const LANGUAGE = webappLanguage(browserLanguage());
const CHINESE = LANGUAGE === 'zh-TW' || LANGUAGE === 'zh-CN';

/** 2026年12月6日 */
export function chineseDate(date) {
  return date.getFullYear() + '年' + (date.getMonth() + 1) + '月' + date.getDate() + '日';
}

const TYPED = /^\s*(\d{4})\s*[年/.\-]\s*(\d{1,2})\s*[月/.\-]\s*(\d{1,2})\s*日?\s*$/;
// form-js gives flatpickr its earliest day as 01/01/1900 (month/day/year)
const US = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/;

/** The day typed (2026年12月6日, 2026/12/6, 2026-12-06, 2026.12.6) at local midnight, or undefined. */
export function parseChineseDate(text) {
  const typed = TYPED.exec(String(text));
  const us = typed ? null : US.exec(String(text));
  if (!typed && !us) {
    return undefined;
  }
  const [year, month, day] = typed ? [+typed[1], +typed[2], +typed[3]] : [+us[3], +us[1], +us[2]];
  const date = new Date(year, month - 1, day);
  // 2026年2月30日 is no day
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

const MONTHS = ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];
const WEEKDAYS = { 'zh-TW': ['週日', '週一', '週二', '週三', '週四', '週五', '週六'],
  'zh-CN': ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] };
const WEEKDAYS_SHORT = ['日', '一', '二', '三', '四', '五', '六'];
const PLACEHOLDER = { 'zh-TW': '例如 2026年12月6日', 'zh-CN': '例如 2026年12月6日' };

const done = new WeakSet();

function localize(input) {
  const picker = input._flatpickr;
  if (!picker || done.has(picker)) {
    return;
  }
  done.add(picker);
  picker.config.formatDate = (date) => chineseDate(date);
  picker.config.parseDate = (text) => parseChineseDate(text);
  picker.l10n.months = { shorthand: MONTHS, longhand: MONTHS };
  picker.l10n.weekdays = { shorthand: WEEKDAYS_SHORT, longhand: WEEKDAYS[LANGUAGE] };
  picker.l10n.rangeSeparator = ' 至 ';
  picker.l10n.yearAriaLabel = '年';
  picker.l10n.monthAriaLabel = '月';
  input.placeholder = PLACEHOLDER[LANGUAGE];
  input.setAttribute('data-ardesk-date', 'zh');
  if (picker.calendarContainer) {
    picker.calendarContainer.querySelectorAll('.flatpickr-weekday').forEach((cell, i) => {
      cell.textContent = WEEKDAYS_SHORT[(i + (picker.l10n.firstDayOfWeek || 0)) % 7];
    });
  }
  if (picker.selectedDates.length) {
    picker.setDate(picker.selectedDates[0], false);
  }
  picker.redraw();
}

function localizeAll(root) {
  root.querySelectorAll('.fjs-datepicker input').forEach(localize);
}

if (CHINESE) {
  new MutationObserver(() => localizeAll(document)).observe(document.documentElement, {
    childList: true, subtree: true,
  });
}

// a script of customScripts is a plugin module; this one only watches the page
export default [];
