/*
 * govmedia-workflow: 内容检查 ("check now"), a tab of Tasklist's task view through Tasklist's
 * documented front-end plugin point "tasklist.task.detail" (Camunda 7.14+ plugins, loaded through
 * customScripts in config.js; Tasklist calls render(node, { taskId }) when the tab is opened).
 *
 * The tab asks this application's GET /api/screening/tasks/{taskId} (the webapp session reaches
 * reads under /api without a second login) to screen the task's item as it stands: a content
 * item's title and body, a reply's text at its approval. It lists each hit in Chinese (where, what
 * was found, category, correct form, source) or says 未发现问题; 重新检查 asks again. Tasks that hold
 * no item say so. No outside script: plain DOM, text set with textContent.
 */
const API = new URL('../../../../api/screening/tasks/', import.meta.url).pathname;

const COLUMNS = [
  ['位置', hit => hit.where],
  ['发现内容', hit => hit.word],
  ['类别', hit => hit.categoryName],
  ['正确写法或处理', hit => hit.correction || '—'],
  ['依据', hit => hit.source || '—']
];

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function table(hits) {
  const result = element('table', 'table table-condensed govmedia-check-hits');
  const head = result.createTHead().insertRow();
  COLUMNS.forEach(([label]) => head.appendChild(element('th', null, label)));
  const body = result.createTBody();
  hits.forEach(hit => {
    const row = body.insertRow();
    COLUMNS.forEach(([, value]) => row.appendChild(element('td', null, value(hit))));
  });
  return result;
}

function show(result, answer) {
  result.replaceChildren();
  const clean = answer.checkable && answer.hits.length === 0;
  const summary = element('p', 'govmedia-check-summary ' + (clean ? 'text-success'
    : answer.checkable ? 'text-danger' : 'text-muted'), answer.summary);
  summary.setAttribute('data-hits', String(answer.hits.length));
  result.appendChild(summary);
  if (answer.hits.length) {
    result.appendChild(table(answer.hits));
  }
  if (answer.checkable) {
    result.appendChild(element('p', 'text-muted govmedia-check-time', '检查时间：' + answer.checkedAt
      + '（按稿件当前内容检查；审核人在本任务中的修改提交后才计入）'));
  }
}

function failure(result, text) {
  result.replaceChildren(element('p', 'govmedia-check-summary text-warning', text));
}

function check(taskId, button, result) {
  button.disabled = true;
  result.replaceChildren(element('p', 'text-muted', '正在检查…'));
  return fetch(API + encodeURIComponent(taskId), {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  })
    .then(response => {
      if (response.status === 404) {
        return failure(result, '没有找到该任务，或您无权查看。');
      }
      if (response.status === 401 || response.status === 403) {
        return failure(result, '登录已失效，请重新登录后再检查。');
      }
      if (!response.ok) {
        return failure(result, '检查暂时无法完成，请稍后点“重新检查”。');
      }
      return response.json().then(answer => show(result, answer));
    })
    .catch(() => failure(result, '检查暂时无法完成，请稍后点“重新检查”。'))
    .finally(() => {
      button.disabled = false;
    });
}

export default [{
  id: 'govmediaContentCheck',
  pluginPoint: 'tasklist.task.detail',
  // After 表单 (the form, 1000), before 历史 (history, 800).
  priority: 900,
  properties: {
    label: '内容检查'
  },
  render: (node, { taskId }) => {
    const panel = element('div', 'govmedia-content-check');
    const button = element('button', 'btn btn-default govmedia-check-again', '重新检查');
    button.type = 'button';
    const result = element('div', 'govmedia-check-result');
    panel.appendChild(element('p', 'text-muted', '检查本任务稿件的标题和正文（或待审批的答复内容）是否有错误表述、'
      + '敏感词、广告用语、个人情绪观点和个人信息。'));
    panel.appendChild(button);
    panel.appendChild(result);
    node.replaceChildren(panel);
    button.addEventListener('click', () => check(taskId, button, result));
    check(taskId, button, result);
  }
}];
