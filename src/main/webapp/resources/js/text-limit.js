/*
 * A box with data-max, inside an element giving the words (data-count, data-over), says beside it how many characters
 * it holds as the portal counts them (an emoji is one, the ends trimmed) and how many are too many, as the reader
 * types: its limit was said only after Save (user session api58). A box marked data-one-line wraps its text but Enter
 * adds no line break. Without JavaScript the limit is said beside the box, and the server's refusal after Save.
 */
(function () {
    'use strict';

    function characters(value) {
        return Array.from(value.replace(/\r\n?/g, '\n').trim()).length;
    }

    function update(box) {
        var help = document.getElementById(box.id + '-limit');
        var words = box.closest('[data-count]');
        if (!help || !words) {
            return;
        }
        var max = parseInt(box.getAttribute('data-max'), 10);
        var typed = characters(box.value);
        var over = typed > max;
        var numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);
        help.textContent = words.getAttribute(over ? 'data-over' : 'data-count')
            .replace('{0}', numbers.format(typed)).replace('{1}', numbers.format(max))
            .replace('{2}', numbers.format(typed - max));
        help.classList.toggle('field-limit--over', over);
    }

    document.addEventListener('input', function (event) {
        if (event.target.matches && event.target.matches('[data-count] [data-max]')) {
            update(event.target);
        }
    });
    document.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' && !event.isComposing && event.target.matches
            && event.target.matches('textarea[data-one-line]')) {
            event.preventDefault();
        }
    });
    // A text kept from before (a refused Save, the back button) is counted at once.
    document.querySelectorAll('[data-count] [data-max]').forEach(function (box) {
        if (box.value) {
            update(box);
        }
    });
}());
