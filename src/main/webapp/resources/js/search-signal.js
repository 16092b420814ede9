/*
 * The search page: puts the search's random key (see search.web.ResultLinks) into the address without reloading,
 * so that reloading the results or coming back to them is the same search, not a new one.
 */
(function () {
    'use strict';
    var holder = document.querySelector('[data-search-signal]');
    if (!holder || !window.history || !window.history.replaceState) {
        return;
    }
    var name = holder.getAttribute('data-search-signal-name');
    var key = holder.getAttribute('data-search-signal');
    var url = new URL(window.location.href);
    if (!url.searchParams.has(name)) {
        url.searchParams.set(name, key);
        window.history.replaceState(window.history.state, '', url.toString());
    }
}());
