/*
 * The portal's inline confirmations (the "are you sure?" panels that come back in the page: taking a published
 * resource offline, restoring an earlier version, deleting a collection, closing a partnership) answer Escape as
 * their Cancel or No button: the button marked data-confirmation-cancel is pressed, and the page comes back without
 * the question, the focus on the button that asked. On a page that comes back with a question, the question
 * (data-confirmation-question) takes the focus, so a screen reader reads it and Tab reaches the answers; after a
 * Cancel, the element named by a data-confirmation-return marker (a CSS selector) gets it back.
 */
(function () {
    'use strict';

    function editable(element) {
        return element.matches && element.matches('textarea, select, [contenteditable], '
            + 'input:not([type=submit]):not([type=button]):not([type=checkbox]):not([type=radio])');
    }

    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) {
            return;
        }
        var cancel = document.querySelector('[data-confirmation-cancel]');
        // Escape in a text box belongs to the box (a list of suggestions closes, typing is not sent).
        if (!cancel || editable(event.target)) {
            return;
        }
        event.preventDefault();
        cancel.click();
    });

    function place() {
        var target = document.querySelector('[data-confirmation-question]');
        var marker = target ? null : document.querySelector('[data-confirmation-return]');
        if (marker) {
            try {
                target = document.querySelector(marker.getAttribute('data-confirmation-return'));
            } catch (e) {
                target = null;
            }
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
