/*
 * Enter in a one-line box presses the button meant for it, or none.
 * A table whose rows each have their own Save (the accounts page, marked data-row-enter): Enter in a row presses that
 * row's button. Without this the browser pressed the form's first button, which saved another row.
 * An editor's form (marked data-enter-sends-nothing: the resource and collection editors): Enter in a one-line box
 * sends nothing. The browser pressed the form's first button: Save (a published resource went live with the title
 * half typed), or, during a conflict, "Save over theirs". Save is pressed as a button, by keyboard too. A box with a
 * button of its own (data-enter: find, add a link) keeps it (js/keep-focus.js).
 */
(function () {
    'use strict';

    document.addEventListener('keydown', function (event) {
        var input = event.target;
        if (event.key !== 'Enter' || event.isComposing || !input.closest || !input.matches('input, select')
            || input.matches('[type=submit], [type=button], [type=reset], [type=image]')) {
            return;
        }
        // the row of the table itself, not of a check-box list's own layout table inside a cell
        var row = input.closest('[data-row-enter] > tbody > tr');
        var button = row ? row.querySelector('input[type=submit], button[type=submit]') : null;
        if (button) {
            event.preventDefault();
            button.click();
        } else if (input.closest('form[data-enter-sends-nothing]') && !input.matches('[data-enter]')) {
            event.preventDefault();
        }
    }, true);
}());
