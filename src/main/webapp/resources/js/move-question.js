/*
 * The edit page's "Back to draft" and "Archive" on a published resource send the form and the page comes back with the
 * question (it leaves the public library and search); without this the keyboard focus would be on nothing (the
 * page's body). The question takes the focus (a screen reader reads it, Tab reaches "Yes" and "Cancel"); after
 * "Cancel" the focus goes back to the button that asked.
 */
(function () {
    'use strict';

    function place() {
        var target = document.getElementById('move-question');
        var cancelled = document.getElementById('move-cancelled');
        if (!target && cancelled) {
            target = document.querySelector('#workflow .move-' + cancelled.getAttribute('data-move'));
        }
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
