/*
 * Leaving an editor whose form holds changes not saved asks first (the browser's own "Leave site?"): changes typed or
 * chosen since the page came, or, when the form says data-unsaved="true", changes its earlier buttons sent that the
 * server keeps for the page but has not saved (the collection editor's items added, moved or removed). Only forms
 * marked data-warn-unsaved count, and only while something is unsaved: a page as it came never asks, and sending a
 * form (Save, or any of its buttons) never asks. A box marked data-unsaved-ignore (words to find) is no change.
 * The header's language switch asks only for changes js/keep-typed.js could not keep for the page in the other
 * language (it names those it kept in data-typing-kept on the root); what the server keeps goes with the address.
 */
(function () {
    'use strict';

    var TEXT_TYPES = ['text', 'email', 'url', 'search', 'tel', 'number', 'date', 'datetime-local'];
    var sending = false;

    function changed(field) {
        if (field.disabled || field.readOnly || field.hasAttribute('data-unsaved-ignore')) {
            return false;
        }
        if (field.tagName === 'TEXTAREA') {
            return field.value !== field.defaultValue;
        }
        if (field.tagName === 'SELECT') {
            var marked = Array.prototype.some.call(field.options, function (option) {
                return option.defaultSelected;
            });
            return Array.prototype.some.call(field.options, function (option, i) {
                // No option marked by the page: the browser shows the first one.
                var given = marked ? option.defaultSelected : i === 0 && !field.multiple;
                return option.selected !== given;
            });
        }
        var type = (field.getAttribute('type') || 'text').toLowerCase();
        if (type === 'checkbox' || type === 'radio') {
            return field.checked !== field.defaultChecked;
        }
        return field.tagName === 'INPUT' && TEXT_TYPES.indexOf(type) >= 0 && field.value !== field.defaultValue;
    }

    /** Whether a change is kept for the other language: its id named, or for a radio button its group's chosen one. */
    function isKept(field, kept) {
        if ((field.getAttribute('type') || '').toLowerCase() === 'radio' && field.form) {
            return Array.prototype.some.call(field.form.querySelectorAll('input[type=radio]'), function (radio) {
                return radio.name === field.name && radio.checked && kept.indexOf(radio.id) >= 0;
            });
        }
        return field.id !== '' && kept.indexOf(field.id) >= 0;
    }

    /** Whether a marked form of the page holds changes not saved (and, switching language, not kept for it). */
    function unsaved() {
        var keptIds = document.documentElement.getAttribute('data-typing-kept');
        var switching = keptIds !== null;
        var kept = switching ? keptIds.split(' ') : [];
        return Array.prototype.some.call(document.querySelectorAll('form[data-warn-unsaved]'), function (form) {
            return !switching && form.getAttribute('data-unsaved') === 'true' || Array.prototype.some.call(
                form.elements, function (field) {
                    return changed(field) && !(switching && isKept(field, kept));
                });
        });
    }

    document.addEventListener('submit', function (event) {
        sending = true;
        // A script that stops the sending (a question asked first) leaves the page as it was: still unsaved.
        setTimeout(function () {
            if (event.defaultPrevented) {
                sending = false;
            }
        }, 0);
    }, true);
    // Back to this page as it was left (the browser kept it): a form sent from it is no longer on its way.
    window.addEventListener('pageshow', function () {
        sending = false;
    });
    window.addEventListener('beforeunload', function (event) {
        if (!sending && unsaved()) {
            event.preventDefault();
            // Older browsers ask only when a text is returned; none shows it.
            event.returnValue = '';
        }
    });
}());
