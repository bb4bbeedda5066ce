// The /check page (check_page.cc): hashes the entry in the browser with
// WebCrypto and sends only a prefix of the hash, with Add-Padding; the suffix
// comparison happens here. Nothing else leaves the page.
'use strict';

(function () {
  const form = document.getElementById('check-form');
  const result = document.getElementById('check-result');
  if (!form || !result) return;

  function hex(buffer) {
    return Array.from(new Uint8Array(buffer))
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('')
      .toUpperCase();
  }

  async function sha1(text) {
    return hex(await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text)));
  }

  // Same rules as lookup/identifier.cc: trim and lower-case.
  function normalizeEmail(s) {
    const e = s.trim().toLowerCase();
    const at = e.indexOf('@');
    if (at <= 0 || at === e.length - 1 || e.indexOf('@', at + 1) !== -1 || /\s/.test(e)) return null;
    return e;
  }

  // E.164: +CC... or 00CC... as given; national numbers by country (JP: drop 0, +81; US: +1).
  function normalizePhone(s, country) {
    let t = s.normalize('NFKC').trim();
    let plus = false;
    let digits = '';
    for (const c of t) {
      if (c >= '0' && c <= '9') digits += c;
      else if (c === '+' && digits === '' && !plus) plus = true;
      else if (' -.()'.includes(c)) continue;
      else return null;
    }
    if (!plus && digits.startsWith('00')) {
      plus = true;
      digits = digits.slice(2);
    }
    if (!plus) {
      if (country === 'JP') {
        if (digits.length < 10 || digits.length > 11 || digits[0] !== '0') return null;
        digits = '81' + digits.slice(1);
      } else {
        if (digits.length === 11 && digits[0] === '1') digits = digits.slice(1);
        if (digits.length !== 10) return null;
        digits = '1' + digits;
      }
    }
    if (digits.length < 8 || digits.length > 15 || digits[0] === '0') return null;
    return '+' + digits;
  }

  function show(text, incidents) {
    result.textContent = '';
    const p = document.createElement('p');
    p.textContent = text;
    result.appendChild(p);
    if (incidents && incidents.length) {
      const ul = document.createElement('ul');
      for (const id of incidents) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = '/incidents/' + encodeURIComponent(id);
        a.textContent = id;
        li.appendChild(a);
        ul.appendChild(li);
      }
      result.appendChild(ul);
    }
  }

  async function check(kind, secret, country) {
    const d = form.dataset;
    let text = secret;
    if (kind === 'email') text = normalizeEmail(secret);
    if (kind === 'phone') text = normalizePhone(secret, country);
    if (text === null) return show(d.badInput);
    const hash = await sha1(text);
    if (kind === 'password') {
      const res = await fetch('/range/' + hash.slice(0, 5), {
        headers: { 'Add-Padding': 'true' }, cache: 'no-store', credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
      if (!res.ok) return show(d.error + res.status);
      const suffix = hash.slice(5);
      for (const line of (await res.text()).split('\r\n')) {
        const [s, n] = line.split(':');
        if (s === suffix && n !== '0') return show(d.foundPassword.replace('{n}', n));
      }
      return show(d.notFound);
    }
    const res = await fetch('/range/search/' + hash.slice(0, 6), {
      headers: { 'Add-Padding': 'true' }, cache: 'no-store', credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    if (res.status === 404) return show(d.notFound);
    if (!res.ok) return show(d.error + res.status);
    const suffix = hash.slice(6);
    for (const item of await res.json()) {
      if (item.hashSuffix === suffix) return show(d.foundIdentifier, item.websites);
    }
    return show(d.notFound);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const kind = form.querySelector('input[name="kind"]:checked').value;
    const secret = document.getElementById('secret').value;
    const country = document.getElementById('country').value;
    show(form.dataset.working);
    check(kind, secret, country).catch((e) => show(form.dataset.error + e.message));
  });
})();
