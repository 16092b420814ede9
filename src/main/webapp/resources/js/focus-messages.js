/*
 * After a form is sent and the page comes back with a message (saved, or what to fix), or after the portal signed
 * someone out, the keyboard focus would otherwise be on nothing (the page's body) and a screen reader would not hear
 * the outcome. This moves focus to the first field to fix, else to the words saying the session ended, else to the
 * messages, unless something on the page (such as the plan editor) already placed it. A page whose box is refused
 * without a message of the page's (the administrators' search too long) loads this script itself.
 */
(function () {
    'use strict';

    function place() {
        var active = document.activeElement;
        if (active && active !== document.body && active !== document.documentElement) {
            return;
        }
        var list = document.getElementById('messages');
        var fieldError = document.querySelector('.field-error:not(:empty)');
        var target = null;
        if (fieldError) {
            var field = fieldError.closest('.field, .field-row, .question, fieldset, td, div');
            target = field ? field.querySelector('input:not([type=hidden]), select, textarea') : null;
            if (!target && fieldError.id) {
                // A box whose message is not in a field's block (a search form's): the box it describes.
                target = Array.prototype.filter.call(document.querySelectorAll('input, select, textarea'),
                    function (box) {
                        return (box.getAttribute('aria-describedby') || '').split(/\s+/).indexOf(fieldError.id) >= 0;
                    })[0] || null;
            }
        }
        if (!target) {
            // Signed out by the portal (roles or password changed, or the session expired): what happened comes first.
            target = document.querySelector('.session-ended, .sign-in-expired');
        }
        if (!target && list && list.children.length) {
            target = list;
        }
        if (!target) {
            return;
        }
        if (target === list) {
            list.setAttribute('tabindex', '-1');
        }
        target.focus();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', function () {
            setTimeout(place, 0);
        });
    } else {
        setTimeout(place, 0);
    }
}());
