/*
 * govmedia-workflow: the heading "Please sign in" (请登录) above the login form of Tasklist,
 * Cockpit, Admin and Welcome. Camunda 7.24's login page has none, though the translations still
 * carry the key PAGE_LOGIN_PLEASE_SIGN_IN. The text comes from the translation files, in the
 * language the webapps choose themselves: the browser's first language when it is available,
 * English otherwise. Loaded through customScripts in each webapp's scripts/config.js.
 */
const AVAILABLE = ['en', 'de', 'zh'];
const FALLBACK = 'en';

function language() {
  const first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
  const code = first.split('-')[0].toLowerCase();
  return AVAILABLE.includes(code) ? code : FALLBACK;
}

async function label(code) {
  for (const candidate of [code, FALLBACK]) {
    try {
      const response = await fetch(new URL('../locales/' + candidate + '.json', import.meta.url));
      const text = (await response.json()).labels.PAGE_LOGIN_PLEASE_SIGN_IN;
      if (text) {
        return text;
      }
    } catch (e) {
      // try the fallback language
    }
  }
  return null;
}

const heading = label(language());

function decorate() {
  const form = document.querySelector('form[name="signinForm"]');
  if (!form || form.previousElementSibling?.classList?.contains('govmedia-login-heading')) {
    return;
  }
  heading.then(text => {
    if (text && form.isConnected && !form.previousElementSibling?.classList?.contains('govmedia-login-heading')) {
      const h = document.createElement('h2');
      h.className = 'govmedia-login-heading';
      h.textContent = text;
      h.style.cssText = 'text-align:center;margin:0 0 20px;font-size:24px';
      form.parentNode.insertBefore(h, form);
    }
  });
}

new MutationObserver(decorate).observe(document.documentElement, { childList: true, subtree: true });
decorate();
