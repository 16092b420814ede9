/*
 * A table's scroll box (.table-scroll[role=region]) is a Tab stop only while it scrolls: where its table is wider
 * than the box, Tab reaches it and the arrow keys scroll it; where the table fits (on a phone the tables read as
 * labelled rows), the box scrolls nothing and an empty extra Tab stop is taken away. The page's markup keeps
 * tabindex="0", so without scripts every box stays keyboard-scrollable. Checked again when the window's size changes
 * and after an Ajax redraw.
 */
(function () {
    'use strict';

    function update() {
        var boxes = document.querySelectorAll('.table-scroll[role="region"]');
        for (var i = 0; i < boxes.length; i++) {
            var box = boxes[i];
            if (box.scrollWidth > box.clientWidth + 1) {
                box.setAttribute('tabindex', '0');
            } else if (box !== document.activeElement) {
                box.removeAttribute('tabindex');
            }
        }
    }

    var pending = false;
    function later() {
        if (!pending) {
            pending = true;
            window.requestAnimationFrame(function () {
                pending = false;
                update();
            });
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', update);
    } else {
        update();
    }
    window.addEventListener('load', update);
    window.addEventListener('resize', later);
    // A part of the page redrawn by PrimeFaces comes back with its markup's tabindex.
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', later);
    }
}());
