// Shared by every page: the navigation bar and the calls to the HTTP API (docs/playground.md).
'use strict';

window.Playground = (() => {
  // One entry per page; a new page is an HTML file in Web/wwwroot and a line here.
  const PAGES = [
    { href: '/', title: 'Transforms' },
    { href: '/overfitting', title: 'Augmentation vs overfitting' },
  ];

  function renderNav() {
    const nav = document.getElementById('nav');
    if (!nav) return;
    for (const page of PAGES) {
      const a = document.createElement('a');
      a.href = page.href;
      a.textContent = page.title;
      if (location.pathname === page.href) a.className = 'active';
      nav.appendChild(a);
    }
  }

  async function getJson(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json();
  }

  // POST /api/apply; resolves to { ok, blob, headers } or { ok: false, error, position, status }.
  async function apply(fields, signal) {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined && value !== null && value !== '') form.append(key, value);
    }
    const response = await fetch('/api/apply', { method: 'POST', body: form, signal });
    if (!response.ok) {
      let body = {};
      try { body = await response.json(); } catch { body = { error: `HTTP ${response.status}` }; }
      return { ok: false, status: response.status, error: body.error || `HTTP ${response.status}`, position: body.position };
    }
    const blob = await response.blob();
    return { ok: true, blob, headers: response.headers };
  }

  function debounce(fn, ms) {
    let timer = 0;
    return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
  }

  function el(tag, props = {}, children = []) {
    const node = document.createElement(tag);
    Object.assign(node, props);
    for (const c of children) node.append(c);
    return node;
  }

  document.addEventListener('DOMContentLoaded', renderNav);
  return { getJson, apply, debounce, el };
})();
