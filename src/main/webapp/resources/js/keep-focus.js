/*
 * The plan and collection editors' buttons (move up or down, remove, add an item, find, link, ask for evidence) each
 * send the whole form and the page comes back at its top. This puts the keyboard focus back where the person was working: on the same
 * button, on the item it moved with it, or on the nearest item when one was removed.
 */
(function () {
    'use strict';
    var key = 'kmb.keep-focus:' + location.pathname;

    function kept(button) {
        return button && button.id && !/(^|:)(save|save-over|load-theirs)$/.test(button.id)
            && (button.closest('.plan-item, .link-picker, .items-table, .found')
                || /(^|:)(add-item|find-button|add-link)$/.test(button.id));
    }

    document.addEventListener('submit', function (event) {
        var button = event.submitter || document.activeElement;
        try {
            if (kept(button)) {
                sessionStorage.setItem(key, button.id);
            } else {
                sessionStorage.removeItem(key);
            }
        } catch (e) {
            // storage refused (private mode): the page simply opens at its top
        }
    }, true);

    function candidates(id) {
        var list = [];
        var item = /^(.*:items:)(\d+):(up|down|remove)$/.exec(id);
        if (item) {
            var prefix = item[1];
            var index = parseInt(item[2], 10);
            if (item[3] === 'remove') {
                list.push(prefix + index + ':remove', prefix + (index - 1) + ':remove');
            } else {
                var moved = item[3] === 'up' ? index - 1 : index + 1;
                list.push(prefix + moved + ':' + item[3], prefix + moved + ':' + (item[3] === 'up' ? 'down' : 'up'));
            }
        }
        if (/(^|:)add-item$/.test(id)) {
            var whats = document.querySelectorAll('input[id$=":what"]');
            if (whats.length) {
                list.push(whats[whats.length - 1].id);
            }
        }
        list.push(id);
        return list;
    }

    function restore() {
        var id;
        try {
            id = sessionStorage.getItem(key);
            sessionStorage.removeItem(key);
        } catch (e) {
            return;
        }
        if (!id || document.querySelector('[role=alert], .message--error')) {
            return;
        }
        var targets = candidates(id);
        for (var i = 0; i < targets.length; i++) {
            var element = document.getElementById(targets[i]);
            if (element && !element.disabled) {
                element.focus();
                element.scrollIntoView({block: 'center'});
                return;
            }
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', restore);
    } else {
        restore();
    }
})();
