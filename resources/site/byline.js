// The page works without this script; with it, readers get the night theme (remembered),
// larger or smaller text, printing and copying the link with a confirmation in the page's
// language (the words come from the page itself).
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.add('js');
  function setTheme(dark) {
    root.classList.toggle('theme-dark', dark);
    root.classList.toggle('theme-light', !dark);
    // The button shows an icon; its name says what a press does, in the page's language.
    var button = document.querySelector('button.theme');
    if (button) {
      var label = dark ? button.dataset.day : button.dataset.night;
      button.setAttribute('aria-label', label);
      button.title = label;
    }
  }
  function setSize(size) {
    size = Math.max(0, Math.min(3, size));
    for (var i = 0; i <= 3; i++) root.classList.toggle('text-' + i, i === size);
    return size;
  }
  var stored = null;
  try { stored = window.localStorage.getItem('byline-theme'); } catch (e) { /* storage off */ }
  if (stored) setTheme(stored === 'dark');
  var size = 1;
  try { size = parseInt(window.localStorage.getItem('byline-size') || '1', 10) || 1; } catch (e) { /* storage off */ }
  size = setSize(size);
  document.addEventListener('click', function (event) {
    var target = event.target.closest('button');
    if (!target) return;
    if (target.classList.contains('theme')) {
      var dark = !root.classList.contains('theme-dark');
      setTheme(dark);
      try { window.localStorage.setItem('byline-theme', dark ? 'dark' : 'light'); } catch (e) { /* storage off */ }
    } else if (target.classList.contains('larger') || target.classList.contains('smaller')) {
      size = setSize(size + (target.classList.contains('larger') ? 1 : -1));
      try { window.localStorage.setItem('byline-size', String(size)); } catch (e) { /* storage off */ }
    } else if (target.classList.contains('print')) {
      window.print();
    } else if (target.classList.contains('copy')) {
      var done = document.querySelector('.copied');
      var show = function () { if (done) { done.hidden = false; setTimeout(function () { done.hidden = true; }, 2500); } };
      if (navigator.clipboard) navigator.clipboard.writeText(target.dataset.url).then(show, function () {});
    }
  });
  setTheme(root.classList.contains('theme-dark'));
})();

// The static site's search page: matches from the language's index.json, every word typed
// (ё and е alike, any case) in the headline or the lead.
(function () {
  'use strict';
  var box = document.querySelector('.search-results');
  if (!box || !window.fetch) return;
  var query = new URLSearchParams(window.location.search).get('q') || '';
  var input = document.querySelector('form.search input');
  if (input) input.value = query;
  function fold(s) { return s.toLocaleLowerCase().replace(/ё/g, 'е').replace(/և/g, 'եվ'); }
  var words = fold(query).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  if (words.length === 0) return;
  fetch(box.dataset.index).then(function (r) { return r.json(); }).then(function (items) {
    var found = items.filter(function (item) {
      var text = fold(item.t + ' ' + item.x);
      return words.every(function (w) { return text.indexOf(w) >= 0; });
    });
    var list = document.createElement('ul');
    found.forEach(function (item) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = item.u;
      a.textContent = item.t;
      li.appendChild(a);
      list.appendChild(li);
    });
    if (found.length === 0) {
      var p = document.createElement('p');
      p.textContent = box.dataset.none;
      box.appendChild(p);
    } else {
      box.appendChild(list);
    }
    var all = document.querySelector('main .more');
    if (all) all.hidden = true;
  });
})();
