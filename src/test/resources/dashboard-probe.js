// Injected into a copy of a dashboard page by DashboardBrowserFunctionalTests (shown in an iframe of the
// width under test; the result is also posted to the parent page). Once the page and its
// fonts have loaded, it writes what a reader sees into the data-probe attribute of <html> as JSON:
// the viewport, every headline figure (text, size, whether it lies in the first screen), every
// element that reaches outside the viewport (elements inside a horizontally scrolling container
// are judged by that container), every element that reaches out of its column of a row of panels
// (into the next column), row labels that wrap onto more than one line, the narrowest chart
// image shown, and where each headline card and its figure begin.
window.addEventListener('load', function () {
  document.fonts.ready.then(function () {
    var width = window.innerWidth, height = window.innerHeight;
    function scrolls(element) {
      for (var e = element.parentElement; e && e !== document.body; e = e.parentElement) {
        var overflow = getComputedStyle(e).overflowX;
        if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') { return true; }
      }
      return false;
    }
    function describe(e) {
      return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).replace(/ /g, '.') : '')
        + ' "' + (e.textContent || '').trim().slice(0, 30) + '"';
    }
    var figures = Array.from(document.querySelectorAll('[data-figure]')).map(function (e) {
      var r = e.getBoundingClientRect();
      return { name: e.getAttribute('data-figure'), text: e.innerText.trim(), visible: r.width > 0 && r.height > 0
        && getComputedStyle(e).visibility === 'visible', firstScreen: r.bottom <= height && r.top >= 0 };
    });
    var changes = Array.from(document.querySelectorAll('[data-change]')).map(function (e) {
      return { name: e.getAttribute('data-change'), text: e.innerText.trim() };
    });
    var overflowing = [];
    Array.from(document.body.querySelectorAll('*')).forEach(function (e) {
      var r = e.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || scrolls(e)) { return; }
      if (r.right > width + 0.5 || r.left < -0.5) { overflowing.push(describe(e) + ' ' + Math.round(r.left) + '..' + Math.round(r.right)); }
    });
    var spills = [];
    Array.from(document.querySelectorAll('.panels > *')).forEach(function (column) {
      var edge = column.getBoundingClientRect().right;
      Array.from(column.querySelectorAll('*')).forEach(function (e) {
        var r = e.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) { return; }
        for (var p = e.parentElement; p && p !== column; p = p.parentElement) {
          var overflow = getComputedStyle(p).overflowX;
          if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') { return; }
        }
        if (r.right > edge + 0.5) { spills.push(describe(e) + ' ' + Math.round(r.right) + ' > ' + Math.round(edge)); }
      });
    });
    var wrapped = Array.from(document.querySelectorAll('th[scope=row], td.name, nav a, .lang')).filter(function (e) {
      var text = document.createRange();
      text.selectNodeContents(e);
      var r = text.getBoundingClientRect();
      var line = parseFloat(getComputedStyle(e).lineHeight) || 20;
      return r.height > 0 && r.height > line * 1.6;
    }).map(describe);
    var images = Array.from(document.querySelectorAll('figure img')).map(function (i) { return i.getBoundingClientRect().width; })
      .filter(function (w) { return w > 0; });
    // per headline card: the top of the card and of its figure, to tell whether cards side by side
    // show their figures on one line
    var cards = Array.from(document.querySelectorAll('.card')).map(function (card) {
      var value = card.querySelector('.value');
      return { top: Math.round(card.getBoundingClientRect().top), valueTop: value ? Math.round(value.getBoundingClientRect().top) : -1 };
    });
    var probe = JSON.stringify({
      width: width, height: height, scrollWidth: document.documentElement.scrollWidth, cards: cards,
      figures: figures, changes: changes, overflowing: overflowing, spills: spills, wrapped: wrapped,
      narrowestImage: images.length ? Math.min.apply(null, images) : -1, status: (document.querySelector('[data-status]') || {}).textContent
    });
    document.documentElement.setAttribute('data-probe', probe);
    if (window.parent !== window) { window.parent.postMessage(probe, '*'); }
  });
});
