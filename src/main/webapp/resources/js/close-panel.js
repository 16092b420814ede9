/*
 * A partnership's "Close…", "Decline…" or "Withdraw…" button sends the form and the page comes back with the
 * confirmation question; without this the keyboard focus would be on nothing (the page's body). The question takes
 * the focus (so a screen reader reads it and Tab reaches "Yes" and "No"); after "No" the focus goes back to the button
 * that opened it.
 */
(function () {
    'use strict';

    function place() {
        var question = document.getElementById('close-question');
        var target = question || (document.getElementById('close-cancelled')
            ? document.getElementById('close:close-button') : null);
        if (target) {
            target.focus({preventScroll: true});
            target.scrollIntoView({block: 'center'});
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', place);
    } else {
        place();
    }
}());
