/*
 * A table whose rows each have their own Save (the accounts page, marked data-row-enter): Enter in a row presses that
 * row's button. Without this the browser pressed the form's first button, which saved another row.
 */
(function () {
    'use strict';

    document.addEventListener('keydown', function (event) {
        var input = event.target;
        if (event.key !== 'Enter' || event.isComposing || !input.closest || !input.matches('input, select')
            || input.matches('[type=submit], [type=button], [type=reset]')) {
            return;
        }
        // the row of the table itself, not of a check-box list's own layout table inside a cell
        var row = input.closest('[data-row-enter] > tbody > tr');
        var button = row ? row.querySelector('input[type=submit], button[type=submit]') : null;
        if (button) {
            event.preventDefault();
            button.click();
        }
    }, true);
}());
