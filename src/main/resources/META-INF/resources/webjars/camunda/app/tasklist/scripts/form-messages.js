// AR Desk: the validation messages of Tasklist's forms in the webapp's language. form-js (1.8, inside
// Tasklist) writes its messages in English and has no translation module; this script rewrites each
// message as it appears (en, zh-TW, zh-CN: the language ardesk-locale.js chose for the webapp).
// The forms' own texts (labels, options, descriptions) are translated when they are deployed
// (FormTranslations, forms/translations/).
import { webappLanguage, browserLanguage } from '../../ardesk-locale.js';

/** [form-js's English message, zh-TW, zh-CN]; $1 is the figure of the message. */
export const MESSAGES = [
  [/^Field is required\.$/, '此欄位為必填。', '此字段为必填项。'],
  [/^Field must have minimum value of (.+)\.$/, '此欄位的值不得小於 $1。', '此字段的值不得小于 $1。'],
  [/^Field must have maximum value of (.+)\.$/, '此欄位的值不得大於 $1。', '此字段的值不得大于 $1。'],
  [/^Field must have minimum length of (.+)\.$/, '此欄位至少須有 $1 個字元。', '此字段至少需要 $1 个字符。'],
  [/^Field must have maximum length of (.+)\.$/, '此欄位最多只能有 $1 個字元。', '此字段最多只能有 $1 个字符。'],
  [/^Field must match pattern (.+)\.$/, '此欄位須符合格式 $1。', '此字段须符合格式 $1。'],
  [/^Field must be a valid email\.$/, '請輸入有效的電子郵件地址。', '请输入有效的电子邮件地址。'],
  [/^Field must be a valid\s+international phone number\.(.*)$/, '請輸入有效的國際電話號碼。$1', '请输入有效的国际电话号码。$1'],
];

const COLUMN = { 'zh-TW': 1, 'zh-CN': 2 }[webappLanguage(browserLanguage())];

/** The message in the language, or unchanged when it is English or not one of form-js's. */
export function translated(message) {
  if (!COLUMN) {
    return message;
  }
  for (const row of MESSAGES) {
    if (row[0].test(message)) {
      return message.replace(row[0], row[COLUMN]);
    }
  }
  return message;
}

function rewrite(root) {
  root.querySelectorAll('.fjs-form-field-error, .fjs-form-field-error *').forEach((node) => {
    node.childNodes.forEach((child) => {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = translated(child.nodeValue.trim());
        if (text !== child.nodeValue.trim()) {
          child.nodeValue = text;
        }
      }
    });
  });
}

if (COLUMN) {
  new MutationObserver(() => rewrite(document)).observe(document.documentElement, {
    childList: true, subtree: true, characterData: true,
  });
}

// a script of customScripts is a plugin module; this one only watches the page
export default [];
