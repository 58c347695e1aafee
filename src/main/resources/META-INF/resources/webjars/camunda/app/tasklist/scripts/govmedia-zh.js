/*
 * govmedia-workflow: what the translation files (locales/zh.json) cannot reach, for Tasklist,
 * Cockpit, Admin and Welcome. Loaded through customScripts in each webapp's scripts/config.js.
 *
 * - Camunda 7.24 hard-codes the English names of the webapps in the header's app switch
 *   ("Welcome", "Admin", "Cockpit", "Tasklist"); form-js (Camunda Forms) hard-codes its select
 *   placeholder ("Select") and its validation messages ("Field is required."). They are replaced by
 *   their Chinese text when the browser's language is Chinese (as the webapps choose theirs).
 * - Relative times and dates ("2天后", "3年前", 2026-12-04 14:30): the webapps give the translation's
 *   dateLocales to a moment.js other than the one their time filters (angular-moment's amTimeAgo)
 *   use, which stays English. The same dateLocales (locales/zh.json) are given to that one.
 * - Tasklist shows the models' names by their Chinese half: "初审（含保密审查）" for the task
 *   "初审（含保密审查） First review with confidentiality check", "内容发布审核" for the process. The
 *   models stay bilingual for the analysts in Modeler and Cockpit; the clerk's list, the task's
 *   header and the start dialog are Chinese.
 * - Times as yyyy-MM-dd HH:mm: Cockpit hard-codes its date format as YYYY-MM-DD[T]HH:mm:ss (in a
 *   config block of its bundle, not in config.js); a table cell or detail showing exactly that is
 *   shown as 2026-11-30 09:09.
 * - A refusal of a task's form ("表单未能提交，原因如下…") stays at the foot of Tasklist until it is
 *   closed, also after the task was then completed: it is cleared when the task shown changes (the
 *   URL's task, none after a completion).
 * - Late translations: the webapps now and then render a label before their Chinese table has
 *   arrived and keep its English ("Created" over Tasklist's list, "Filter Tasks"). A text or a
 *   placeholder that is exactly an English label of the webapp's own translation files is shown
 *   in the Chinese of the same key; content (forms, table cells, diagrams) is left alone.
 * - Tasklist's 创建任务 (create task) is shown only to users who may create tasks (TASK CREATE,
 *   asked of the engine's authorization check); styles/user-styles.css hides it until then.
 */
const CHINESE = ((navigator.languages && navigator.languages[0]) || navigator.language || '')
  .toLowerCase().startsWith('zh');

const IN_TASKLIST = window.location.pathname.includes('/app/tasklist/');

const APP_NAMES = { Welcome: '欢迎页', Admin: '管理台', Cockpit: '驾驶舱', Tasklist: '任务列表' };

const FORM_MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must match pattern .*$/, () => '格式不正确。'],
  [/^Field must have maximum length of (\d+)\.$/, m => `最多 ${m[1]} 个字。`],
  [/^Field must have minimum length of (\d+)\.$/, m => `至少 ${m[1]} 个字。`],
  [/^Field must have maximum value of (.+)\.$/, m => `不能大于 ${m[1]}。`],
  [/^Field must have minimum value of (.+)\.$/, m => `不能小于 ${m[1]}。`],
  [/^Select$/, () => '请选择'],
  [/^Search$/, () => '搜索'],
  [/^No results$/, () => '无匹配项']
];

function translateNode(node, translate) {
  const text = node.nodeValue.trim();
  const chinese = text && translate(text);
  if (chinese && chinese !== text) {
    node.nodeValue = node.nodeValue.replace(text, chinese);
  }
}

function replaceText(element, translate) {
  for (const node of element.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      translateNode(node, translate);
    }
  }
}

function formMessage(text) {
  for (const [pattern, chinese] of FORM_MESSAGES) {
    const match = text.match(pattern);
    if (match) {
      return chinese(match);
    }
  }
  return null;
}

function translatePage(root) {
  if (!CHINESE) {
    return;
  }
  root.querySelectorAll('[cam-widget-header] .app-switch a, [cam-widget-header] .dropdown-menu a')
    .forEach(a => replaceText(a, text => APP_NAMES[text]));
  root.querySelectorAll('.fjs-select-display, .fjs-form-field-error, .fjs-form-field-error span, '
    + '.fjs-taglist-input, .fjs-dropdownlist-empty')
    .forEach(element => replaceText(element, formMessage));
  root.querySelectorAll('input.fjs-taglist-input[placeholder="Search"]')
    .forEach(input => input.setAttribute('placeholder', '搜索'));
  if (IN_TASKLIST) {
    root.querySelectorAll('.names .task a, .names h2.task, .names .process-definition, '
      + 'ul.processes li a, .modal-header h3')
      .forEach(element => replaceText(element, chineseHalf));
  }
}

// "初审（含保密审查） First review with confidentiality check": the Chinese part, then the English.
const BILINGUAL = /^(.*[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\s+[A-Za-z][^\u4e00-\u9fff]*$/;

function chineseHalf(text) {
  const match = text.match(BILINGUAL);
  return match ? match[1] : null;
}

const ISO_LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}):\d{2}(?:\.\d+)?$/;

function minuteTime(text) {
  const match = text.match(ISO_LOCAL_TIME);
  return match ? match[1] + ' ' + match[2] : null;
}

// --- 创建任务: only for users who may create tasks ------------------------------------------------

const TASK_RESOURCE_TYPE = 7;
let mayCreateTask = null;

function checkCreateTask() {
  if (mayCreateTask) {
    return mayCreateTask;
  }
  const url = new URL('../../../api/engine/engine/default/authorization/check?permissionName=CREATE'
    + '&resourceName=task&resourceType=' + TASK_RESOURCE_TYPE, import.meta.url);
  mayCreateTask = fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(response => (response.ok ? response.json() : { authorized: false }))
    .then(answer => answer.authorized === true)
    .catch(() => false);
  // Asked again after a new sign-in (another user in the same page).
  setTimeout(() => { mayCreateTask = null; }, 5000);
  return mayCreateTask;
}

function showCreateTask(root) {
  root.querySelectorAll('li.create-task-action:not([data-govmedia-checked])').forEach(item => {
    item.setAttribute('data-govmedia-checked', '');
    checkCreateTask().then(allowed => {
      if (allowed) {
        item.setAttribute('data-govmedia-allowed', '');
      }
    });
  });
}

// --- relative times: angular-moment's moment speaks Chinese ---------------------------------------

// The webapp's own translation files (locales/en.json, zh.json), each read once; read again after a
// failure. Every webapp's zh.json carries the same dateLocales.
const APP_ROOT = (window.location.pathname.match(/^(.*\/app\/[^/]+\/)/) || [])[1];
const locales = {};

function appLocale(name) {
  if (!locales[name]) {
    locales[name] = APP_ROOT
      ? fetch(APP_ROOT + 'locales/' + name + '.json', { credentials: 'same-origin' })
        .then(r => (r.ok ? r.text() : Promise.reject(new Error('HTTP ' + r.status))))
        .then(t => JSON.parse(t.replace(/^\uFEFF/, '')))
      : Promise.reject(new Error('not a page of a webapp'));
    locales[name].catch(() => { delete locales[name]; });
  }
  return locales[name];
}

let applying = false;

// Checked on every change of the page, not once: the webapp sets its own moment locale when its
// translations arrive, which may come after ours; whenever angular-moment's moment does not speak
// Chinese (again), it is given the Chinese locale (again).
function chineseMoment() {
  if (applying || !CHINESE || !window.angular) {
    return;
  }
  let injector;
  try {
    injector = window.angular.element(document.body).injector();
  } catch (e) {
    return;
  }
  if (!injector || !injector.has('moment') || !injector.has('amMoment')) {
    return;
  }
  const moment = injector.get('moment');
  if (moment.locale() === 'govmedia-zh') {
    return;
  }
  applying = true;
  appLocale('zh').then(j => j.dateLocales, () => null).then(locale => {
    applying = false;
    if (!locale) {
      return; // asked again at the next change
    }
    if (moment.locales().includes('govmedia-zh')) {
      moment.updateLocale('govmedia-zh', locale);
    } else {
      moment.defineLocale('govmedia-zh', locale);
    }
    injector.get('amMoment').changeLocale('govmedia-zh');
    injector.get('$rootScope').$applyAsync();
  });
}

// --- late translations and Cockpit's times: one walk over the page's text -------------------------

let lateTable = null;
let late = null;

/** English label of the webapp's translation to the Chinese of the same key, once both are read. */
function lateTranslations() {
  if (!lateTable) {
    lateTable = Promise.all([appLocale('en'), appLocale('zh')]).then(([en, zh]) => {
      const english = en.labels || {};
      const chinese = zh.labels || {};
      const table = new Map();
      Object.keys(english).forEach(key => {
        const from = typeof english[key] === 'string' ? english[key].trim() : '';
        const to = typeof chinese[key] === 'string' ? chinese[key].trim() : '';
        // Labels only ("Created", "Filter Tasks"): a lowercase word ("name", "value") may be data.
        if (/^[A-Z][A-Za-z]/.test(from) && to && to !== from && !from.includes('{{') && !table.has(from)) {
          table.set(from, to);
        }
      });
      late = table;
      onChange();
    }).catch(() => { lateTable = null; });
  }
  return late;
}

const CONTENT = '.fjs-form, td, svg, script, style, textarea, [cam-widget-bpmn-viewer]';

function translateText() {
  const labels = lateTranslations();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent) {
      continue;
    }
    if (parent.closest('td, dd')) {
      translateNode(node, minuteTime);
    }
    if (labels && !parent.closest(CONTENT)) {
      translateNode(node, text => labels.get(text));
    }
  }
  if (labels) {
    document.querySelectorAll('input[placeholder]').forEach(input => {
      const chinese = !input.closest('.fjs-form') && labels.get(input.getAttribute('placeholder').trim());
      if (chinese) {
        input.setAttribute('placeholder', chinese);
      }
    });
  }
}

// --- a form's refusal goes when its task does ---------------------------------------------------

function shownTask() {
  const query = window.location.hash.split('?')[1] || '';
  return new URLSearchParams(query).get('task');
}

let lastTask = shownTask();

function clearRefusalsOfAnotherTask() {
  const task = shownTask();
  if (task === lastTask || !window.angular) {
    return;
  }
  lastTask = task;
  try {
    const injector = window.angular.element(document.body).injector();
    if (!injector || !injector.has('Notifications')) {
      return;
    }
    const notifications = injector.get('Notifications');
    (notifications.notifications || []).filter(n => n.type === 'danger').slice()
      .forEach(n => notifications.clear(n));
    injector.get('$rootScope').$applyAsync();
  } catch (e) {
    // the webapp's services are not there (a page without them): nothing to clear
  }
}

window.addEventListener('hashchange', clearRefusalsOfAnotherTask);

let scheduled = false;
function onChange() {
  if (scheduled) {
    return;
  }
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    chineseMoment();
    translatePage(document);
    if (CHINESE) {
      translateText();
    }
    showCreateTask(document);
  });
}

new MutationObserver(onChange).observe(document.documentElement,
  { childList: true, subtree: true, characterData: true });
onChange();
