/*
 * Asks before an action that replaces what readers or editors see (restoring an earlier version): a button with a
 * data-confirm attribute sends its form only if the person says yes. Without JavaScript the action happens as
 * before, and it can always be undone from the history.
 */
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('[data-confirm]') : null;
        if (button && !window.confirm(button.getAttribute('data-confirm'))) {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);
}());
