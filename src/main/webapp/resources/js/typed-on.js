/*
 * Text typed on an older version never goes over a newer save. Back to an editor's address fetches its page again
 * (perhaps a newer version, saved in another tab since) and the browser then puts back what was typed there before.
 * So the form carries the version its text was typed on: once something is typed or chosen in it, its box marked
 * data-typed-on (an empty text box, hidden) is given the version the page came with. The browser puts that box back
 * with the text (it would not put back a hidden field's value), and a save from the text put back is checked against
 * the version it was typed on: it meets the conflict instead of replacing the newer save. An empty box (nothing typed
 * yet, or no script) leaves the page's own version.
 */
(function () {
    'use strict';

    function typedIn(event) {
        var form = event.target && event.target.form;
        if (!form) {
            return;
        }
        Array.prototype.forEach.call(form.querySelectorAll('input[data-typed-on]'), function (field) {
            if (field.value === '') {
                field.value = field.getAttribute('data-typed-on');
            }
        });
    }

    document.addEventListener('input', typedIn, true);
    document.addEventListener('change', typedIn, true);
}());
