/**
 * Shows the pack's HTML (built by the pack renderer, which escapes every text it takes from data)
 * inside the page for preview and printing, under the page's Content-Security-Policy: the markup
 * is parsed inertly (DOMParser runs no script), scripts and inline handlers are dropped, and its
 * CSS is applied through constructed style sheets, which the policy does not block as it blocks
 * inline <style>. Page rules (@page: size, margins, the marking in the margin boxes) go to the
 * document; the rest stays inside a shadow root so it cannot restyle the app.
 */
export function mountPack(host: HTMLElement, html: string): () => void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const css = [...parsed.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');
  for (const el of parsed.querySelectorAll('script, style, link, meta, base, iframe, object'))
    el.remove();
  for (const el of parsed.querySelectorAll('*'))
    for (const attr of [...el.attributes])
      if (/^on/i.test(attr.name) || /^\s*javascript:/i.test(attr.value))
        el.removeAttribute(attr.name);

  const all = new CSSStyleSheet();
  all.replaceSync(css);
  const pageRules = new CSSStyleSheet();
  const scoped = new CSSStyleSheet();
  for (const rule of [...all.cssRules]) {
    const target = rule instanceof CSSPageRule ? pageRules : scoped;
    target.insertRule(rule.cssText, target.cssRules.length);
  }
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [scoped];
  root.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageRules];
  document.documentElement.classList.add('printing-pack');
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== pageRules);
    document.documentElement.classList.remove('printing-pack');
    root.replaceChildren();
  };
}
