/*
 * govmedia-workflow: 监管看板 (the supervisors' dashboard) in Cockpit's header, through Cockpit's
 * documented front-end plugin point "cockpit.navigation" (Camunda 7.14+ plugins, loaded through
 * customScripts in config.js). Cockpit draws the entry itself as a link to pagePath with its label.
 * The dashboard is a page of this application (/api/dashboard, supervisors and administrators),
 * opened with the same webapp login.
 */
const DASHBOARD = new URL('../../../../api/dashboard', import.meta.url).pathname;

export default [{
  id: 'govmediaDashboardLink',
  pluginPoint: 'cockpit.navigation',
  priority: 5,
  properties: {
    label: '监管看板',
    pagePath: DASHBOARD,
    checkActive: () => false
  }
}];
