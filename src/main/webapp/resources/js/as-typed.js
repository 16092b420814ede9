/*
 * A box refused for a control character (U+0007 and the like, which a page cannot write) comes back as it was typed:
 * the page gives the whole text in the box's data-as-typed attribute, written as the inside of a JSON string, and the
 * box gets it back here. The message beside the box says which character to remove and where; without this script the
 * box holds the text without that character.
 */
(function () {
    'use strict';

    Array.prototype.forEach.call(document.querySelectorAll('[data-as-typed]'), function (box) {
        try {
            box.value = JSON.parse('"' + box.getAttribute('data-as-typed') + '"');
        } catch (e) {
            // the box keeps the text the page wrote
        }
    });
}());
